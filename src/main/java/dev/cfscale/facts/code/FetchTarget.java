package dev.cfscale.facts.code;

import java.util.List;
import java.util.Optional;

/**
 * What the code says about one {@code fetch(url, init)}: the host of the URL when it is written out
 * ({@code "https://api.example.com/..."}, a template or concatenation that starts with it, or a
 * constant holding it), and the keys of the init object when it could be read ({@code signal},
 * {@code cf}, {@code method}...). An init that is a parameter, a spread or a call result is opaque: it
 * may carry anything, so rules about missing options stay quiet on it.
 *
 * @param host the URL's host, lower case, when its leading part is a literal
 * @param initKeys the keys of the init object literal (or of the variable initialised with one)
 * @param initOpaque an init argument is present but its keys cannot be read
 * @param timeoutInScope the calling function races the call against a timer ({@code Promise.race}); an abort signal
 *     counts only when the init carries it ({@code signal}), never because a controller exists somewhere in the function
 * @param servedFromCache the init asks the framework's data cache for a stored copy ({@code cache: "force-cache"},
 *     {@code next: { revalidate: 60 }} in Next.js): the origin is fetched once per revalidation, not per request
 * @param carriesCredential the URL or the init carries a credential the Worker holds ({@code env.OPENAI_API_KEY} in a
 *     header or a query parameter): the call is made on the owner's account, so its price is the owner's
 * @param forwardsRequest the init passes the incoming request's body on ({@code body: request.body}): a transparent
 *     proxy, whose wait the client's own timeout bounds (the client is streaming to the origin through it)
 * @param clientChosen the URL is (or starts with) what the client sent ({@code fetch(body.imageUrl)}): the host is the
 *     caller's to pick, so it is external and may be as slow as the caller likes
 * @param endsSomething the call ends or removes what an earlier call made (method {@code DELETE}, a URL ending in
 *     {@code /close}, {@code /stop}...): even on the owner's key, repeating it spends nothing
 * @param freeToCall the host is an API that bills nothing per call (a Telegram or Discord bot, a Slack webhook, GitHub's
 *     API): even on the owner's token, repeating it spends rate limit, not money
 * @param loopGuardedImageTransform a fetch of the Worker's own URL that asks Cloudflare to transform the image
 *     ({@code cf: { image }}) from code that answers the resizing service's own request ({@code Via: image-resizing})
 *     with the original: the documented way to resize images in a Worker, not a recursion
 * @param runtimeHost the URL writes {@code https://} and takes its host from a value the code reads at run time
 *     ({@code `https://${sentryHost}/api/...`}, {@code "https://" + env.API_HOST}): the source text of that value. The host
 *     is not known, but the call leaves for a remote origin (not the Worker's own host, not a client's URL)
 */
public record FetchTarget(Optional<String> host, List<String> initKeys, boolean initOpaque, boolean timeoutInScope,
    boolean servedFromCache, boolean carriesCredential, boolean forwardsRequest, boolean clientChosen, boolean endsSomething,
    boolean freeToCall, boolean loopGuardedImageTransform, Optional<String> runtimeHost) {

  public FetchTarget {
    initKeys = List.copyOf(initKeys);
  }

  /** True when the init object sets {@code key}. */
  public boolean sets(String key) {
    return initKeys.contains(key);
  }
}
