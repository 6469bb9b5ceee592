# Independent 40-digit evaluation of the docs/conventions.md update rules, used to check the digits of the
# hand-worked golden steps in GoldenStepTest (it does not call the Java code). Run: python3 golden_steps.py (needs mpmath).
from mpmath import mp, mpf, sqrt, power
mp.dps = 40
def sphere_grad(t): return [2*x for x in t]
T0 = [mpf(-3), mpf(4)]
def run(stepfn, n=2, grad=sphere_grad, t0=T0):
    th = list(t0); st = {}
    out = []
    for t in range(1, n+1):
        g = grad(th)
        th = stepfn(th, g, st, t)
        out.append((list(th), {k:(list(v) if isinstance(v,list) else v) for k,v in st.items()}, g))
    return out
def show(name, res):
    print("==", name)
    for i,(th, st, g) in enumerate(res, 1):
        print(" step", i, "g", [mp.nstr(x, 20) for x in g])
        print("   theta", [mp.nstr(x, 20) for x in th])
        for k,v in st.items():
            if isinstance(v, list): print("  ", k, [mp.nstr(x, 20) for x in v])
            else: print("  ", k, mp.nstr(v, 20))

def sgd(lr, wd=0):
    def f(th, g, st, t):
        g = [gi + wd*x for gi,x in zip(g,th)]
        return [x - lr*gi for x,gi in zip(th,g)]
    return f
def momentum(lr, mu, damp=0, nest=False):
    def f(th, g, st, t):
        b = st.get('b')
        b = list(g) if t == 1 else [mu*bi + (1-damp)*gi for bi,gi in zip(b,g)]
        st['b'] = b
        if nest: return [x - lr*(gi + mu*bi) for x,gi,bi in zip(th,g,b)]
        return [x - lr*bi for x,bi in zip(th,b)]
    return f
def adagrad(lr, eps=mpf('1e-10'), acc=0):
    def f(th, g, st, t):
        s = st.get('s', [acc,acc]); s = [si + gi*gi for si,gi in zip(s,g)]; st['s'] = s
        return [x - lr*gi/(sqrt(si)+eps) for x,gi,si in zip(th,g,s)]
    return f
def rmsprop(lr, a=mpf('0.99'), eps=mpf('1e-8')):
    def f(th, g, st, t):
        v = st.get('v', [0,0]); v = [a*vi + (1-a)*gi*gi for vi,gi in zip(v,g)]; st['v'] = v
        return [x - lr*gi/(sqrt(vi)+eps) for x,gi,vi in zip(th,g,v)]
    return f
def adadelta(lr, rho=mpf('0.9'), eps=mpf('1e-6')):
    def f(th, g, st, t):
        v = st.get('v', [0,0]); u = st.get('u', [0,0])
        v = [rho*vi + (1-rho)*gi*gi for vi,gi in zip(v,g)]
        d = [sqrt(ui+eps)/sqrt(vi+eps)*gi for ui,vi,gi in zip(u,v,g)]
        u = [rho*ui + (1-rho)*di*di for ui,di in zip(u,d)]
        st['v']=v; st['u']=u; st['delta']=d
        return [x - lr*di for x,di in zip(th,d)]
    return f
def adam(lr, b1=mpf('0.9'), b2=mpf('0.999'), eps=mpf('1e-8'), wd=0, decoupled=0, ams=False):
    def f(th, g, st, t):
        g = [gi + wd*x for gi,x in zip(g,th)]
        th = [x*(1-lr*decoupled) for x in th]
        m = st.get('m', [0]*len(g)); v = st.get('v', [0]*len(g)); vm = st.get('vMax', [0]*len(g))
        m = [b1*mi + (1-b1)*gi for mi,gi in zip(m,g)]
        v = [b2*vi + (1-b2)*gi*gi for vi,gi in zip(v,g)]
        st['m']=m; st['v']=v
        if ams:
            vm = [max(a,b) for a,b in zip(vm,v)]; st['vMax']=vm
        mh = [mi/(1-b1**t) for mi in m]; vh = [vi/(1-b2**t) for vi in (vm if ams else v)]
        st['mHat']=mh; st['vHat']=vh
        return [x - lr*a/(sqrt(b)+eps) for x,a,b in zip(th,mh,vh)]
    return f
def adamax(lr, b1=mpf('0.9'), b2=mpf('0.999'), eps=mpf('1e-8')):
    def f(th, g, st, t):
        m = st.get('m', [0,0]); u = st.get('u', [0,0])
        m = [b1*mi + (1-b1)*gi for mi,gi in zip(m,g)]
        u = [max(b2*ui, abs(gi)+eps) for ui,gi in zip(u,g)]
        st['m']=m; st['u']=u
        clr = lr/(1-b1**t)
        return [x - clr*mi/ui for x,mi,ui in zip(th,m,u)]
    return f
def nadam(lr, b1=mpf('0.9'), b2=mpf('0.999'), eps=mpf('1e-8'), psi=mpf('0.004')):
    def f(th, g, st, t):
        mu = b1*(1 - mpf('0.5')*power(mpf('0.96'), t*psi))
        mun = b1*(1 - mpf('0.5')*power(mpf('0.96'), (t+1)*psi))
        P = st.get('muProduct', mpf(1))*mu
        m = st.get('m', [0,0]); v = st.get('v', [0,0])
        m = [b1*mi + (1-b1)*gi for mi,gi in zip(m,g)]
        v = [b2*vi + (1-b2)*gi*gi for vi,gi in zip(v,g)]
        st['m']=m; st['v']=v; st['mu']=mu; st['muNext']=mun; st['muProduct']=P
        vh = [vi/(1-b2**t) for vi in v]; st['vHat']=vh
        return [x - lr*(1-mu)/(1-P)*gi/(sqrt(b)+eps) - lr*mun/(1-P*mun)*mi/(sqrt(b)+eps) for x,gi,mi,b in zip(th,g,m,vh)]
    return f
L=mpf('0.1')
show("sgd 0.1", run(sgd(L)))
show("sgd 0.1 wd 0.5", run(sgd(L, mpf('0.5'))))
show("momentum 0.1 0.9", run(momentum(L, mpf('0.9'))))
show("momentum 0.1 0.9 damp 0.5", run(momentum(L, mpf('0.9'), mpf('0.5'))))
show("nesterov 0.1 0.9", run(momentum(L, mpf('0.9'), nest=True)))
show("adagrad 0.1", run(adagrad(L)))
show("adagrad 0.1 initialAccumulator 0.1", run(adagrad(L, acc=mpf('0.1')), n=1))
show("rmsprop 0.01", run(rmsprop(mpf('0.01'))))
show("adadelta 1", run(adadelta(mpf(1))))
show("adam 0.1", run(adam(L)))
show("adamw 0.1 wd .01", run(adam(L, decoupled=mpf('0.01'))))
show("adamax 0.1", run(adamax(L)))
show("nadam 0.1", run(nadam(L)))
show("amsgrad 0.1", run(adam(L, ams=True)))
gs = iter([[mpf(10)],[mpf(0)]])
show("amsgrad 1D g=10,0 from 1", run(adam(L, ams=True), grad=lambda th: next(gs), t0=[mpf(1)]))
gs = iter([[mpf(10)],[mpf(0)]])
show("adam 1D g=10,0 from 1", run(adam(L), grad=lambda th: next(gs), t0=[mpf(1)]))
show("adam L2 wd .5 g=0 from 2", run(adam(L, wd=mpf('0.5')), n=1, grad=lambda th:[mpf(0)], t0=[mpf(2)]))
show("adamw wd .5 g=0 from 2", run(adam(L, decoupled=mpf('0.5')), n=1, grad=lambda th:[mpf(0)], t0=[mpf(2)]))
