package org.neighbourhood;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every test context's connection pool can be taken away and brought back (see {@link SwitchableDataSource}). */
@Configuration(proxyBeanMethods = false)
class DatabaseSwitchConfiguration {

    @Bean
    static BeanPostProcessor switchableDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String name) {
                return bean instanceof DataSource pool && !(bean instanceof SwitchableDataSource)
                        && "dataSource".equals(name) ? new SwitchableDataSource(pool) : bean;
            }
        };
    }
}
