# Independent plain-Python (float64) re-implementation of torch.optim's RAdam, Rprop, ASGD and LBFGS (max_iter=1,
# with and without line_search_fn="strong_wolfe"), written from torch's source (torch/optim/radam.py, rprop.py,
# asgd.py, lbfgs.py, single-tensor code paths), plus Lion (lion_pytorch.py) and Newton. It does not call the Java
# code; its numbers are pasted into ReferenceTrajectoryTest and GoldenStepTest. Run: python3 torch_reference.py
import math

def sphere(t): return t[0]**2 + t[1]**2
def sphere_g(t): return [2*t[0], 2*t[1]]
def rosen(t): return (1 - t[0])**2 + 100*(t[1] - t[0]**2)**2
def rosen_g(t):
    b = t[1] - t[0]*t[0]
    return [-2*(1 - t[0]) - 400*t[0]*b, 200*b]

def dot(a, b):
    s = 0.0
    for x, y in zip(a, b): s += x*y
    return s
def sign(x): return (x > 0) - (x < 0)

def radam(lr=1e-3, b1=0.9, b2=0.999, eps=1e-8, wd=0.0):
    st = {'step': 0}
    def step(p, g):
        st['step'] += 1; t = st['step']
        if wd: g = [gi + wd*pi for gi, pi in zip(g, p)]
        m = st.get('m', [0.0]*len(p)); v = st.get('v', [0.0]*len(p))
        m = [b1*mi + (1-b1)*gi for mi, gi in zip(m, g)]
        v = [b2*vi + (1-b2)*gi*gi for vi, gi in zip(v, g)]
        st['m'], st['v'] = m, v
        bc1 = 1 - b1**t; bc2 = 1 - b2**t
        rho_inf = 2/(1-b2) - 1
        rho_t = rho_inf - 2*t*(b2**t)/bc2
        st['rho'] = rho_t
        out = []
        for pi, mi, vi in zip(p, m, v):
            mh = mi/bc1
            if rho_t > 5:
                rect = math.sqrt((rho_t-4)*(rho_t-2)*rho_inf/((rho_inf-4)*(rho_inf-2)*rho_t))
                st['r'] = rect
                out.append(pi - mh*lr*(math.sqrt(bc2)/(math.sqrt(vi)+eps))*rect)
            else:
                st['r'] = 0.0
                out.append(pi - mh*lr)
        return out
    return step, st

def rprop(lr=0.01, em=0.5, ep=1.2, smin=1e-6, smax=50.0):
    st = {}
    def step(p, g):
        if 'eta' not in st:
            st['eta'] = [lr]*len(p); st['prev'] = [0.0]*len(p)
        out = []
        for i in range(len(p)):
            s = g[i]*st['prev'][i]
            f = ep if s > 0 else em if s < 0 else 1.0
            st['eta'][i] = min(max(st['eta'][i]*f, smin), smax)
            gi = 0.0 if s < 0 else g[i]
            out.append(p[i] - st['eta'][i]*sign(gi))
            st['prev'][i] = gi
        return out
    return step, st

def asgd(lr=0.01, lambd=1e-4, alpha=0.75, t0=1e6, wd=0.0):
    st = {'step': 0}
    def step(p, g):
        if 'eta' not in st:
            st['eta'] = lr; st['mu'] = 1.0; st['ax'] = [0.0]*len(p)
        st['step'] += 1; t = st['step']
        if wd: g = [gi + wd*pi for gi, pi in zip(g, p)]
        eta = st['eta']
        p = [pi*(1 - lambd*eta) for pi in p]
        p = [pi + (-eta)*gi for pi, gi in zip(p, g)]
        if st['mu'] != 1: st['ax'] = [a + (pi - a)*st['mu'] for a, pi in zip(st['ax'], p)]
        else: st['ax'] = list(p)
        st['eta'] = lr/((1 + lambd*lr*t)**alpha)
        st['mu'] = 1/max(1, t - t0)
        return p
    return step, st

def lion(lr=1e-4, b1=0.9, b2=0.99, wd=0.0):
    st = {}
    def step(p, g):
        m = st.get('m', [0.0]*len(p))
        p = [pi*(1 - lr*wd) for pi in p]
        c = [mi*b1 + gi*(1-b1) for mi, gi in zip(m, g)]
        p = [pi - lr*sign(ci) for pi, ci in zip(p, c)]
        st['m'] = [mi*b2 + gi*(1-b2) for mi, gi in zip(m, g)]
        return p
    return step, st

def cubic(x1, f1, g1, x2, f2, g2, bounds=None):
    if bounds is not None: lo, hi = bounds
    else: lo, hi = (x1, x2) if x1 <= x2 else (x2, x1)
    d1 = g1 + g2 - 3*(f1 - f2)/(x1 - x2)
    d2s = d1**2 - g1*g2
    if d2s >= 0:
        d2 = math.sqrt(d2s)
        if x1 <= x2: mp = x2 - (x2 - x1)*((g2 + d2 - d1)/(g2 - g1 + 2*d2))
        else: mp = x1 - (x1 - x2)*((g1 + d2 - d1)/(g1 - g2 + 2*d2))
        return min(max(mp, lo), hi)
    return (lo + hi)/2.0

def strong_wolfe(obj, x, t, d, f, g, gtd, c1=1e-4, c2=0.9, tol=1e-9, max_ls=25):
    d_norm = max(abs(v) for v in d)
    f_new, g_new = obj(x, t, d); evals = 1
    gtd_new = dot(g_new, d)
    t_prev, f_prev, g_prev, gtd_prev = 0, f, g, gtd
    done = False; ls_iter = 0
    while ls_iter < max_ls:
        if f_new > (f + c1*t*gtd) or (ls_iter > 1 and f_new >= f_prev):
            br = [t_prev, t]; bf = [f_prev, f_new]; bgtd = [gtd_prev, gtd_new]; break
        if abs(gtd_new) <= -c2*gtd:
            br = [t]; bf = [f_new]; done = True; break
        if gtd_new >= 0:
            br = [t_prev, t]; bf = [f_prev, f_new]; bgtd = [gtd_prev, gtd_new]; break
        min_step = t + 0.01*(t - t_prev); max_step = t*10; tmp = t
        t = cubic(t_prev, f_prev, gtd_prev, t, f_new, gtd_new, bounds=(min_step, max_step))
        t_prev = tmp; f_prev = f_new; gtd_prev = gtd_new
        f_new, g_new = obj(x, t, d); evals += 1
        gtd_new = dot(g_new, d); ls_iter += 1
    if ls_iter == max_ls:
        br = [0, t]; bf = [f, f_new]
    insuf = False
    low, high = (0, 1) if bf[0] <= bf[-1] else (1, 0)
    while not done and ls_iter < max_ls:
        if abs(br[1] - br[0])*d_norm < tol: break
        t = cubic(br[0], bf[0], bgtd[0], br[1], bf[1], bgtd[1])
        eps = 0.1*(max(br) - min(br))
        if min(max(br) - t, t - min(br)) < eps:
            if insuf or t >= max(br) or t <= min(br):
                t = max(br) - eps if abs(t - max(br)) < abs(t - min(br)) else min(br) + eps
                insuf = False
            else: insuf = True
        else: insuf = False
        f_new, g_new = obj(x, t, d); evals += 1
        gtd_new = dot(g_new, d); ls_iter += 1
        if f_new > (f + c1*t*gtd) or f_new >= bf[low]:
            br[high] = t; bf[high] = f_new; bgtd[high] = gtd_new
            low, high = (0, 1) if bf[0] <= bf[1] else (1, 0)
        else:
            if abs(gtd_new) <= -c2*gtd: done = True
            elif gtd_new*(br[high] - br[low]) >= 0:
                br[high] = br[low]; bf[high] = bf[low]; bgtd[high] = bgtd[low]
            br[low] = t; bf[low] = f_new; bgtd[low] = gtd_new
    return br[low], evals

def lbfgs(f, grad, lr=1.0, hist=100, wolfe=False, tol_grad=1e-7, tol_change=1e-9):
    st = {'n_iter': 0}
    def step(p, g):
        st['evals'] = 0
        if max(abs(v) for v in g) <= tol_grad: return list(p)
        st['n_iter'] += 1
        if st['n_iter'] == 1:
            d = [-v for v in g]; st['dirs'] = []; st['stps'] = []; st['ro'] = []; st['H'] = 1.0
        else:
            y = [a - b for a, b in zip(g, st['prev'])]
            s = [di*st['t'] for di in st['d']]
            ys = dot(y, s)
            if ys > 1e-10:
                if len(st['dirs']) == hist:
                    st['dirs'].pop(0); st['stps'].pop(0); st['ro'].pop(0)
                st['dirs'].append(y); st['stps'].append(s); st['ro'].append(1.0/ys)
                st['H'] = ys/dot(y, y)
            n = len(st['dirs']); al = [0.0]*n
            q = [-v for v in g]
            for i in range(n-1, -1, -1):
                al[i] = dot(st['stps'][i], q)*st['ro'][i]
                q = [qk + (-al[i])*yk for qk, yk in zip(q, st['dirs'][i])]
            r = [qk*st['H'] for qk in q]
            for i in range(n):
                be = dot(st['dirs'][i], r)*st['ro'][i]
                r = [rk + (al[i] - be)*sk for rk, sk in zip(r, st['stps'][i])]
            d = r
        st['d'] = d
        st['prev'] = list(g)
        t = min(1.0, 1.0/sum(abs(v) for v in g))*lr if st['n_iter'] == 1 else lr
        st['t'] = t
        gtd = dot(g, d)
        if gtd > -tol_change: return list(p)
        if wolfe:
            def obj(x, tt, dd):
                xt = [xi + tt*di for xi, di in zip(x, dd)]
                return f(xt), grad(xt)
            t, ev = strong_wolfe(obj, p, t, d, f(p), g, gtd)
            st['t'] = t; st['evals'] = ev
        return [pi + t*di for pi, di in zip(p, d)]
    return step, st

def newton_exact(hess, grad, lr=1.0):
    def step(p, g):
        h = hess(p)
        det = h[0][0]*h[1][1] - h[0][1]*h[1][0]
        px = (h[1][1]*g[0] - h[0][1]*g[1])/det
        py = (-h[1][0]*g[0] + h[0][0]*g[1])/det
        return [p[0] - lr*px, p[1] - lr*py]
    return step, {}

def rosen_h(t):
    return [[2 - 400*(t[1] - t[0]**2) + 800*t[0]**2, -400*t[0]], [-400*t[0], 200.0]]

def run(stepst, grad, p, n, every=None, show_state=()):
    step, st = stepst
    out = []
    for k in range(1, n+1):
        p = step(p, grad(p))
        if every is None or k in every:
            out.append((k, list(p), {s: (list(st[s]) if isinstance(st.get(s), list) else st.get(s)) for s in show_state}))
    return out

def show(name, rows):
    print('==', name)
    for k, p, s in rows:
        print('  k=%d theta=%s %s' % (k, ', '.join(repr(v) for v in p), ' '.join('%s=%r' % kv for kv in s.items())))

if __name__ == '__main__':
    S0 = [-3.0, 4.0]; R0 = [-1.5, 2.0]
    # golden first and second steps on the sphere from (-3, 4)
    show('radam lr 0.1', run(radam(0.1), sphere_g, S0, 2, show_state=('m', 'v', 'rho', 'r')))
    show('radam lr 0.1 beta2 0.9 (rectified from t=6)', run(radam(0.1, b2=0.9), sphere_g, S0, 7, every={5, 6, 7}, show_state=('m', 'v', 'rho', 'r')))
    show('rprop lr 0.1', run(rprop(0.1), sphere_g, S0, 2, show_state=('eta', 'prev')))
    show('rprop lr 1 (overshoot: sign flip at step 2)', run(rprop(1.0), sphere_g, S0, 3, show_state=('eta', 'prev')))
    show('asgd lr 0.1', run(asgd(0.1), sphere_g, S0, 2, show_state=('eta', 'mu', 'ax')))
    show('asgd lr 0.1 t0 1', run(asgd(0.1, t0=1), sphere_g, S0, 3, show_state=('eta', 'mu', 'ax')))
    show('lion lr 0.1', run(lion(0.1), sphere_g, S0, 2, show_state=('m',)))
    show('lbfgs lr 1', run(lbfgs(sphere, sphere_g), sphere_g, S0, 2, show_state=('d', 't', 'H')))
    show('lbfgs lr 1 strong-wolfe', run(lbfgs(sphere, sphere_g, wolfe=True), sphere_g, S0, 2, show_state=('d', 't', 'evals')))
    # reference trajectories on Rosenbrock from (-1.5, 2)
    show('ref radam lr 0.01 rosenbrock', run(radam(0.01), rosen_g, R0, 200, every={1, 5, 6, 7, 50, 200}))
    show('ref rprop lr 0.01 rosenbrock', run(rprop(0.01), rosen_g, R0, 200, every={1, 2, 3, 50, 200}))
    show('ref asgd lr 1e-3 t0 50 rosenbrock', run(asgd(1e-3, t0=50), rosen_g, R0, 200, every={1, 50, 51, 52, 200}, show_state=('ax',)))
    show('ref lion lr 1e-3 rosenbrock', run(lion(1e-3, wd=0.1), rosen_g, R0, 200, every={1, 50, 200}))
    show('ref lbfgs lr 0.1 rosenbrock', run(lbfgs(rosen, rosen_g, lr=0.1), rosen_g, R0, 200, every={1, 2, 3, 50, 200}))
    show('ref lbfgs historySize 3 lr 0.1 rosenbrock', run(lbfgs(rosen, rosen_g, lr=0.1, hist=3), rosen_g, R0, 200, every={1, 2, 3, 50, 200}))
    show('ref lbfgs strong-wolfe rosenbrock', run(lbfgs(rosen, rosen_g, wolfe=True), rosen_g, R0, 40, every={1, 2, 3, 10, 20, 40}, show_state=('evals',)))
    show('ref newton (exact Hessian) rosenbrock', run(newton_exact(rosen_h, rosen_g), rosen_g, R0, 6, every={1, 2, 3, 6}))
