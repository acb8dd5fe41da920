package be.synerjob.hub.feed;

/** What a feed entry tells its recipient. */
public enum FeedOperation {
  /** The vacancy is in the recipient's view: new to it, or changed. */
  UPSERT('U'),
  /** The vacancy left the recipient's view. */
  REMOVE('R');

  private final char code;

  FeedOperation(char code) {
    this.code = code;
  }

  char code() {
    return code;
  }

  static FeedOperation of(String code) {
    return "U".equals(code) ? UPSERT : REMOVE;
  }
}
