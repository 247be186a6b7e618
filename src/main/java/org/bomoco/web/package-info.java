/**
 * The browser workbench ({@code bomoco serve}): a read-only local HTTP server (the JDK's
 * {@code com.sun.net.httpserver}) with a JSON API and the static pages under {@code resources/web/}.
 * A top layer like {@code cli}: nobody imports it; only {@code cli} wires it.
 */
package org.bomoco.web;
