package com.skylightchat.tickets.client;

import com.skylightchat.tickets.client.invoker.ApiException;

/**
 * One call into the generated API, which declares the generator's checked {@link ApiException}; the facade runs
 * every such call through {@link Retrier} (which reports failures through {@link ErrorTranslator}) so that the
 * exception never reaches users.
 *
 * @param <T> what the generated method returns (an envelope)
 */
@FunctionalInterface
interface ApiCall<T> {
    T call() throws ApiException;
}
