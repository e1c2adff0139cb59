package org.neighbourhood.api.web;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * A rate limit per client address, like data.police.uk's: a steady number of requests a second with room for a
 * burst, after which the API answers {@code 429} with {@code Retry-After} until the allowance refills. The client
 * address is the one Tomcat settled on from trusted proxies' {@code X-Forwarded-For}. Kept in memory; an address
 * is forgotten a minute after its last request.
 */
class ApiRateLimit extends OncePerRequestFilter {

    private final int perSecond;
    private final int burst;
    private final Cache<String, Bucket> buckets =
            Caffeine.newBuilder().maximumSize(200_000).expireAfterAccess(1, TimeUnit.MINUTES).build();

    ApiRateLimit(int perSecond, int burst) {
        if (perSecond < 1 || burst < 1) {
            throw new IllegalArgumentException("neighbourhood.api.requests-per-second and .burst must be at least 1");
        }
        this.perSecond = perSecond;
        this.burst = burst;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var bucket = buckets.get(request.getRemoteAddr(), address -> Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(burst).refillGreedy(perSecond, Duration.ofSeconds(1)).build())
                .build());
        var probe = bucket.tryConsumeAndReturnRemaining(1);
        if (probe.isConsumed()) {
            chain.doFilter(request, response);
            return;
        }
        long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999));
        response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
        response.setHeader("Retry-After", String.valueOf(seconds));
        // So that a browser application can read the refusal, as it reads every other answer.
        response.setHeader("Access-Control-Allow-Origin", "*");
        response.setHeader("Access-Control-Expose-Headers", "Retry-After");
        response.setHeader("Cache-Control", "no-store");
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getWriter().write("{\"status\":429,\"error\":\"Too Many Requests\",\"message\":"
                + ApiResponses.quoted("More than " + perSecond + " requests a second (bursts of " + burst
                        + ") from one address; try again in " + seconds + " s")
                + "}");
    }
}
