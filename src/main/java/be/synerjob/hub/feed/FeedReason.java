package be.synerjob.hub.feed;

/** Why a feed entry was written. */
public enum FeedReason {
  /** A new vacancy. */
  CREATED,
  /** A vacancy the recipient already had was changed. */
  UPDATED,
  /**
   * A vacancy entered the recipient's view: it changed, was reopened, or an agreement now admits
   * it.
   */
  ADDED,
  /** Closed by its member. */
  CLOSED,
  /** Closed by the hub because its {@code validThrough} passed. */
  EXPIRED,
  /**
   * Left the recipient's view because the vacancy changed (for example it is no longer shareable).
   */
  WITHDRAWN,
  /** Left the recipient's view because the sharing agreement changed or ended. */
  AGREEMENT
}
