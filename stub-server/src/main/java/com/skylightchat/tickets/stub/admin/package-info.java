/**
 * Admin endpoints under {@code /__stub/}: one small class per endpoint behind
 * {@link com.skylightchat.tickets.stub.admin.AdminRoutes}.
 */
package com.skylightchat.tickets.stub.admin;
