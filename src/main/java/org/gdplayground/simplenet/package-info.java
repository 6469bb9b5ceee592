/** simpleNet's link and API parameter language, shared by the page and the REST API. */
@NullMarked
package org.gdplayground.simplenet;

import org.jspecify.annotations.NullMarked;
