package org.neighbourhood;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;

/** Every test application context runs on a clock the tests move; nothing waits on real time. */
@Configuration(proxyBeanMethods = false)
class TestClockConfiguration {

    @Bean
    @Primary
    MovableClock testClock() {
        return new MovableClock();
    }
}
