package be.synerjob.hub.channel.format;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns the HTML of a job description into plain text (the canonical description is text). */
final class Html {

  private static final Pattern BREAKS =
      Pattern.compile("(?i)<\\s*(br|/p|/li|/div|/h[1-6]|/tr)\\s*/?>");
  private static final Pattern ITEM = Pattern.compile("(?i)<\\s*li[^>]*>");
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);");

  private Html() {}

  static boolean looksLikeHtml(String s) {
    return s != null && s.indexOf('<') >= 0 && TAG.matcher(s).find();
  }

  static String toText(String s) {
    if (s == null) {
      return null;
    }
    if (!looksLikeHtml(s) && s.indexOf('&') < 0) {
      return s.strip();
    }
    String t = BREAKS.matcher(s).replaceAll("\n");
    t = ITEM.matcher(t).replaceAll("- ");
    t = TAG.matcher(t).replaceAll("");
    Matcher m = ENTITY.matcher(t);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      m.appendReplacement(sb, Matcher.quoteReplacement(entity(m.group(1), m.group())));
    }
    m.appendTail(sb);
    return sb.toString().replaceAll("[ \\t\\x0B\\f\\r]+", " ").replaceAll(" *\\n *", "\n").strip();
  }

  private static String entity(String e, String whole) {
    try {
      if (e.startsWith("#x")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(2), 16)));
      }
      if (e.startsWith("#")) {
        return new String(Character.toChars(Integer.parseInt(e.substring(1))));
      }
    } catch (IllegalArgumentException ex) {
      return whole;
    }
    switch (e) {
      case "amp":
        return "&";
      case "lt":
        return "<";
      case "gt":
        return ">";
      case "quot":
        return "\"";
      case "apos":
        return "'";
      case "nbsp":
        return " ";
      default:
        return whole;
    }
  }
}
