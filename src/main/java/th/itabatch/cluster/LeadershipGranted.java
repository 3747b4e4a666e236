package th.itabatch.cluster;

/**
 * This instance was granted leadership: what the leader does once is done now.
 *
 * @param instanceId this instance
 */
public record LeadershipGranted(String instanceId) {
}
