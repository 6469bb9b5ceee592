/**
 * The scenario parameter language: one parser and one printer for links, the page and the REST API, so that a
 * hand-edited link can never bypass a limit the page enforces.
 */
@NullMarked
package org.gdplayground.scenario;

import org.jspecify.annotations.NullMarked;
