package dev.sessionhub.cache.redis;

/**
 * What a {@link RedisEventTransport} has done since it started: an immutable value; every count
 * only grows except {@code queued}.
 *
 * @param sent events appended to the stream
 * @param received events of other instances handed to the hub
 * @param dropped events lost: the outbox overflowed, or queued when the transport stopped
 * @param queued events waiting in the outbox now
 * @param errors failed calls to Redis (and unreadable entries, which are skipped)
 */
public record EventTransportStats(long sent, long received, long dropped, long queued, long errors) {}
