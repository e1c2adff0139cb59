package org.neighbourhood.security;

import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts (passwords and two-step codes alike) so that guessing is slow, without letting
 * anyone lock another person out by guessing wrong on purpose.
 *
 * <p>Three allowances, each refilled over {@link #WINDOW}:
 * <ul>
 * <li>per client address (default 20): one address cannot try many accounts;</li>
 * <li>per account and address together (default 5): one address cannot guess one account's password —
 * this is the limit an attacker from one place meets first, and it touches nobody else;</li>
 * <li>per account across all addresses (default 30): a guess spread over many addresses stays slow. When it
 * is used up, the account still opens from any address it was signed in from successfully in the last
 * {@link #TRUSTED_FOR}, so a flood of wrong attempts from elsewhere does not keep the owner out.</li>
 * </ul>
 * Allowances are taken before the password is checked (so that parallel guesses cannot slip past) and given
 * back after a success: a person who gets in is not guessing. One address alone can therefore never block an
 * account for its owner: it runs out of its own pair allowance (5) long before the account-wide one (30).
 * "Forgot password" requests have allowances of their own, per address and per account.
 * Everything lives in memory, per node, and is forgotten after an idle hour.
 */
@Component
class SignInLimiter {

    static final Duration WINDOW = Duration.ofMinutes(15);
    static final Duration TRUSTED_FOR = Duration.ofDays(30);
    static final int RESETS_PER_ADDRESS = 5;
    static final int RESETS_PER_ACCOUNT = 3;

    private final Cache<String, Bucket> byAddress;
    private final Cache<String, Bucket> byPair;
    private final Cache<String, Bucket> byAccount;
    private final Cache<String, Boolean> trustedPairs;
    private final Cache<String, Bucket> resetsByAddress;
    private final Cache<String, Bucket> resetsByAccount;
    private final int perAddress;
    private final int perPair;
    private final int perAccount;
    private final TimeMeter time;

    SignInLimiter(Clock clock, @Value("${neighbourhood.sign-in.attempts-per-address:20}") int perAddress,
            @Value("${neighbourhood.sign-in.attempts-per-account-and-address:5}") int perPair,
            @Value("${neighbourhood.sign-in.attempts-per-account:30}") int perAccount) {
        this.perAddress = perAddress;
        this.perPair = perPair;
        this.perAccount = perAccount;
        this.time = new ClockTimeMeter(clock);
        this.byAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
        this.byPair = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
        this.byAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(1, TimeUnit.HOURS).build();
        this.trustedPairs = Caffeine.newBuilder().maximumSize(100_000)
                .expireAfterWrite(TRUSTED_FOR.toDays(), TimeUnit.DAYS).ticker(() -> time.currentTimeNanos()).build();
        this.resetsByAddress = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();
        this.resetsByAccount = Caffeine.newBuilder().maximumSize(100_000).expireAfterAccess(2, TimeUnit.HOURS).build();
    }

    /** Takes one attempt from each allowance that applies; false, and nothing taken, when one is used up. */
    boolean tryAttempt(String username, String address) {
        var account = key(username);
        var client = byAddress.get(address, key -> bucket(perAddress));
        if (!client.tryConsume(1)) {
            return false;
        }
        var pair = byPair.get(account + "|" + address, key -> bucket(perPair));
        if (!pair.tryConsume(1)) {
            client.addTokens(1);
            return false;
        }
        if (trustedPairs.getIfPresent(account + "|" + address) != null) {
            return true;
        }
        if (!byAccount.get(account, key -> bucket(perAccount)).tryConsume(1)) {
            client.addTokens(1);
            pair.addTokens(1);
            return false;
        }
        return true;
    }

    /**
     * The attempt was right: its allowances are given back, the pair's mistakes forgotten, and this address
     * trusted for the account from now on.
     */
    void succeeded(String username, String address) {
        var account = key(username);
        var pair = account + "|" + address;
        var client = byAddress.getIfPresent(address);
        if (client != null) {
            client.addTokens(1);
        }
        byPair.invalidate(pair);
        if (trustedPairs.getIfPresent(pair) == null) {
            var wide = byAccount.getIfPresent(account);
            if (wide != null) {
                wide.addTokens(1);
            }
        }
        trustedPairs.put(pair, Boolean.TRUE);
    }

    /** A "forgot password" request from this address: a few an hour, so that nobody floods inboxes. */
    boolean tryResetRequest(String address) {
        return resetsByAddress.get(address, key -> bucket(RESETS_PER_ADDRESS, Duration.ofHours(1))).tryConsume(1);
    }

    /** A reset email to this account: a few an hour, however many addresses ask. */
    boolean tryResetFor(String username) {
        return resetsByAccount.get(key(username), key -> bucket(RESETS_PER_ACCOUNT, Duration.ofHours(1)))
                .tryConsume(1);
    }

    /** Forgets every allowance and trusted address: for tests that throttle on purpose, to leave no trace. */
    void forgetAll() {
        byAddress.invalidateAll();
        byPair.invalidateAll();
        byAccount.invalidateAll();
        trustedPairs.invalidateAll();
        resetsByAddress.invalidateAll();
        resetsByAccount.invalidateAll();
    }

    private static String key(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    private Bucket bucket(int attempts) {
        return bucket(attempts, WINDOW);
    }

    private Bucket bucket(int attempts, Duration window) {
        return Bucket.builder()
                .addLimit(Bandwidth.builder().capacity(attempts).refillGreedy(attempts, window).build())
                .withCustomTimePrecision(time)
                .build();
    }

    /** Bucket4j's time taken from the application clock, so tests move time instead of waiting. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {
        @Override
        public long currentTimeNanos() {
            var now = clock.instant();
            return TimeUnit.SECONDS.toNanos(now.getEpochSecond()) + now.getNano();
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
