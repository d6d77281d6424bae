// The relay's public surface, kept beside its other settings.
export const RELAYED_PATHS = ["/v1/chat/completions", "/v1/completions", "/v1/embeddings"];
export const STATUS_PAGES = ["https://status.upstream-a.example", "https://status.upstream-b.example"];
