package be.synerjob.hub.core;

/** A text in the hub's four languages. */
public record Multilingual(String nl, String fr, String de, String en) {

  public String in(Language language) {
    switch (language) {
      case NL:
        return nl;
      case FR:
        return fr;
      case DE:
        return de;
      default:
        return en;
    }
  }
}
