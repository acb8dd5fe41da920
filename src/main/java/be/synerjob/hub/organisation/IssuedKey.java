package be.synerjob.hub.organisation;

/** A freshly created key: the only moment its secret value exists outside the caller's hands. */
public record IssuedKey(ApiKey key, String secret) {}
