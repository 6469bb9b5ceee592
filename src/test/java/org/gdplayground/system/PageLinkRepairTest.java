package org.gdplayground.system;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** A page link with a malformed escape opens the page (repaired) instead of a bare 400 and a stack trace. */
class PageLinkRepairTest {

    @Test
    void aValidQueryIsLeftAlone() {
        assertThat(PageLinkRepair.repair("fn=custom&expr=x%5E2%2By%5E2&lr=0.1")).isNull();
        assertThat(PageLinkRepair.repair("fn=custom&expr=%ED%95%9C")).isNull(); // 한
    }

    @Test
    void aMalformedEscapeOrNonUtf8BytesAreReencoded() {
        assertThat(PageLinkRepair.repair("fn=custom&expr=%ZZ&lr=0.1")).isEqualTo("fn=custom&expr=%25ZZ&lr=0.1");
        assertThat(PageLinkRepair.repair("fn=custom&expr=x%")).isEqualTo("fn=custom&expr=x%25");
        assertThat(PageLinkRepair.repair("expr=%FF")).isEqualTo("expr=%EF%BF%BD");
        assertThat(PageLinkRepair.repair("%ZZ=1&k")).isEqualTo("%25ZZ=1&k");
    }

    @Test
    void aPageIsRedirectedToTheRepairedLinkAndTheApiIsNot() throws Exception {
        PageLinkRepair filter = new PageLinkRepair();
        MockHttpServletRequest page = new MockHttpServletRequest("GET", "/lessons/first-descent");
        page.setQueryString("step=%ZZ");
        MockHttpServletResponse r = new MockHttpServletResponse();
        MockFilterChain chain = new MockFilterChain();
        filter.doFilter(page, r, chain);
        assertThat(r.getStatus()).isEqualTo(303);
        assertThat(r.getHeader("Location")).isEqualTo("/lessons/first-descent?step=%25ZZ");
        assertThat(chain.getRequest()).isNull();

        MockHttpServletRequest api = new MockHttpServletRequest("GET", "/api/v1/code");
        api.setQueryString("expr=%ZZ");
        MockFilterChain apiChain = new MockFilterChain();
        filter.doFilter(api, new MockHttpServletResponse(), apiChain);
        assertThat(apiChain.getRequest()).isSameAs(api);
    }
}
