/**
 * The library entry point for programs that embed BOMOCO: solve an instance with any registered algorithm, pick one
 * trade-off from the front and turn it into ranked recommendations. Only {@code cli} imports it.
 */
package org.bomoco.api;
