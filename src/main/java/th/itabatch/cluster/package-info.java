/**
 * Several instances on one database: one run at a time ({@link th.itabatch.cluster.RunLease}), one
 * leader ({@link th.itabatch.cluster.Leadership}), things done once ({@link th.itabatch.cluster.Claims}).
 */
package th.itabatch.cluster;
