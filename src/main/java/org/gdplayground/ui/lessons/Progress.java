package org.gdplayground.ui.lessons;

/**
 * Progress kept in the browser ({@code localStorage}, key {@value #KEY}): a JSON object
 * {@code {"<lesson id>": {"step": n, "done": [1, 3]}}} with 1-based step numbers. The scripts here read and write
 * it; the server never stores it.
 */
final class Progress {

    static final String KEY = "gdp-lessons";

    /** Returns the whole progress object as a JSON string ("{}" when none or unreadable). */
    static final String READ = "try{const s=localStorage.getItem('" + KEY + "');const o=s?JSON.parse(s):{};"
            + "return JSON.stringify(o&&typeof o==='object'?o:{});}catch(e){return '{}';}";

    /** $0 lesson id, $1 current step (1-based), $2 a step to mark done (0: none). */
    static final String WRITE = "try{const s=localStorage.getItem('" + KEY + "');let o=s?JSON.parse(s):{};"
            + "if(!o||typeof o!=='object'){o={};}const l=o[$0]||{step:1,done:[]};l.step=$1;"
            + "if(!Array.isArray(l.done)){l.done=[];}if($2>0&&!l.done.includes($2)){l.done.push($2);l.done.sort((a,b)=>a-b);}"
            + "o[$0]=l;localStorage.setItem('" + KEY + "',JSON.stringify(o));}catch(e){}";

    private Progress() {
    }
}
