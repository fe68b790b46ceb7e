/**
 * The admin API under {@code /__stub/}: the route table ({@link com.skylightchat.tickets.stub.admin.AdminRoutes}), the
 * {@link com.skylightchat.tickets.stub.admin.AdminGuard} that keeps cross-site pages and DNS rebinding out, and the
 * endpoints every mode has (health, journal). The endpoints of a mode live with the mode and plug in through
 * {@link com.skylightchat.tickets.stub.admin.AdminEndpoint}.
 */
package com.skylightchat.tickets.stub.admin;
