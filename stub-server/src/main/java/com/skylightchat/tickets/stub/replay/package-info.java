/**
 * Replay mode: the pacts answer. {@link com.skylightchat.tickets.stub.replay.PactReplay} selects the provider state,
 * asks the matcher and answers with the recorded response or an explained miss; the
 * {@link com.skylightchat.tickets.stub.replay.PactSet} is swapped whole on reload.
 */
package com.skylightchat.tickets.stub.replay;
