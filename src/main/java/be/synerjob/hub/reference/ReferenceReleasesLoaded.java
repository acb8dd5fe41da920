package be.synerjob.hub.reference;

import java.util.List;

/**
 * Published after an import loaded one or more releases (for example to re-index or re-code).
 *
 * @param releases the releases loaded, as {@code ESCO 1.2.1}
 */
public record ReferenceReleasesLoaded(List<String> releases) {}
