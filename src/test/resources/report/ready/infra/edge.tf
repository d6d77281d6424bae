resource "cloudflare_ruleset" "api_rate_limit" {
  zone_id = var.zone_id
  name    = "API rate limit"
  kind    = "zone"
  phase   = "http_ratelimit"
}

resource "cloudflare_ruleset" "waf" {
  zone_id = var.zone_id
  name    = "custom WAF"
  kind    = "zone"
  phase   = "http_request_firewall_custom"
}
