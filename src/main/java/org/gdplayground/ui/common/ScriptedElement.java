package org.gdplayground.ui.common;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import java.util.HashMap;
import java.util.Map;

/**
 * A custom element defined by a plain script in {@code frontend/} (loaded at run time: no Node build), which the
 * server drives by calling its methods with a JSON argument: {@code <gdp-plot>} ({@link LiveChart}) and
 * {@code <gdp-surface3d>}. The element loads its own script when it is attached (a page adds it once however many
 * such elements it has), and each call waits for the element's definition, so a call that arrives before the script
 * has loaded is applied after it, in order. The last argument of each method is kept for tests.
 */
public abstract class ScriptedElement extends Component {

    private final String script;
    private final String call;
    private final Map<String, String> last = new HashMap<>();
    private int calls;

    /**
     * @param id     the element's id
     * @param script the script that defines the element, e.g. {@code context://gdp/gdp-plot.js}
     */
    protected ScriptedElement(String id, String script) {
        this.script = script;
        this.call = "const e=this;customElements.whenDefined('" + getElement().getTag() + "').then(()=>e[$0]($1))";
        setId(id);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        attachEvent.getUI().getPage().addJavaScript(script);
    }

    /** Calls {@code method(json)} on the element in the browser. */
    protected final void call(String method, String json) {
        sent(method, json);
        getElement().executeJs(call, method, json);
    }

    /**
     * Calls {@code method(sentJson)} on the element, recording {@code json} as the call's argument (for a page that
     * leaves out of the browser call what the element already has).
     */
    protected final void call(String method, String json, String sentJson) {
        sent(method, json);
        getElement().executeJs(call, method, sentJson);
    }

    /** Records a call that was sent as part of a larger script (several elements in one invocation). */
    protected final void sent(String method, String json) {
        last.put(method, json);
        calls++;
    }

    /** The argument of the last call of {@code method}, for tests. */
    public String last(String method) {
        return last.getOrDefault(method, "");
    }

    /** How many calls were sent to the browser, for tests. */
    public int calls() {
        return calls;
    }
}
