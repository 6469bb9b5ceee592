package org.gdplayground.ui.page;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AddressBarTest {

    @Test
    void aLinkOpenedReplacesTheEntryAndALearnersNewScenarioPushesOne() {
        AddressBar bar = new AddressBar("compare");
        // the first scenario (a link, or even the learner's first change) never pushes: nothing to go back to
        assertThat(bar.show("fn=sphere&opt.1=sgd", "&log=1", true)).isEqualTo(
                new AddressBar.Entry("compare?fn=sphere&opt.1=sgd&log=1", false));
        assertThat(bar.show("fn=rosenbrock&opt.1=sgd", "", true).push()).isTrue();
        // a link (or Back/Forward) opening another scenario replaces
        assertThat(bar.show("fn=sphere&opt.1=adam", "", false).push()).isFalse();
        // the learner re-validating the same scenario does not add an entry
        assertThat(bar.show("fn=sphere&opt.1=adam", "", true).push()).isFalse();
        assertThat(bar.query()).isEqualTo("fn=sphere&opt.1=adam");
        assertThat(bar.shows("fn=sphere&opt.1=adam")).isTrue();
        assertThat(bar.shows("fn=sphere&opt.1=sgd")).isFalse();
    }

    @Test
    void viewChangesRewriteTheSameEntryOnceAScenarioIsShown() {
        AddressBar bar = new AddressBar("");
        assertThat(bar.view("&arrows=1")).isNull();
        bar.show("fn=sphere", "", false);
        assertThat(bar.view("&arrows=1")).isEqualTo(new AddressBar.Entry("?fn=sphere&arrows=1", false));
    }

    @Test
    void searchDropsTheQuestionMark() {
        assertThat(AddressBar.search("?fn=sphere")).isEqualTo("fn=sphere");
        assertThat(AddressBar.search("fn=sphere")).isEqualTo("fn=sphere");
        assertThat(AddressBar.search("")).isEmpty();
    }
}
