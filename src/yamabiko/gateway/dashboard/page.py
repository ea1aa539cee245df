"""The dashboard's HTML, rendered on the server from the gateway's figures (no build step,
no external assets): summary, traffic and savings over time, latency percentiles by outcome,
a similarity histogram of hits and near misses, recent requests and the top entries."""

from __future__ import annotations

import time
from html import escape
from importlib import resources
from typing import Any

from ..observe import SIMILARITY_EDGES, Rolling

COLOURS = {"hit": "#2e7d32", "miss": "#9e9e9e", "bypass": "#1565c0", "error": "#c62828"}
MINUTES_SHOWN = 60


def _asset(name: str) -> str:
    return resources.files(__package__).joinpath(name).read_text(encoding="utf-8")


def _e(value: Any) -> str:
    return escape("" if value is None else str(value), quote=True)


def _card(ident: str, label: str, text: str, value: Any) -> str:
    return (
        f'<div class="card"><div class="label">{_e(label)}</div>'
        f'<div class="value" id="{ident}" data-value="{_e(value)}">{_e(text)}</div></div>'
    )


def summary(gateway: dict[str, Any], cache: dict[str, Any] | None) -> str:
    """Cards with the same figures as ``GET /yamabiko/stats`` (``data-value`` holds the raw
    number, the text the rounded one)."""
    outcomes = gateway.get("by_outcome", {})
    tokens = gateway.get("tokens_saved", {})
    saved_tokens = sum(tokens.values())
    usd = gateway.get("estimated_cost_saved_usd", 0.0)
    cards = [
        _card("requests", "requests", f"{gateway['requests']:,}", gateway["requests"]),
        _card("hit-rate", "hit rate", f"{gateway['hit_rate'] * 100:.1f} %", gateway["hit_rate"]),
    ]
    for outcome, plural in (
        ("hit", "hits"),
        ("miss", "misses"),
        ("bypass", "bypasses"),
        ("error", "errors"),
    ):
        n = outcomes.get(outcome, 0)
        cards.append(_card(plural, plural, f"{n:,}", n))
    cards.append(_card("tokens-saved", "tokens saved", f"{saved_tokens:,}", saved_tokens))
    cards.append(_card("saved-usd", "est. USD saved", f"${usd:,.4f}", usd))
    if cache and "entries" in cache:
        cards.append(_card("entries", "entries", f"{cache['entries']:,}", cache["entries"]))
        cards.append(_card("store-bytes", "bytes", f"{cache['bytes']:,}", cache["bytes"]))
    elif cache and "error" in cache:
        cards.append(_card("entries", "store", "unavailable", cache["error"]))
    return '<section class="cards">' + "".join(cards) + "</section>"


def _bars(columns: list[tuple[str, list[tuple[float, str, str]]]], height: int = 120) -> str:
    """An SVG bar chart: one column per label, each a stack of (value, colour, title)."""
    top = max((sum(v for v, _, _ in stack) for _, stack in columns), default=0) or 1
    width = max(1, len(columns)) * 12
    out = [f'<svg class="chart" viewBox="0 0 {width} {height + 14}" preserveAspectRatio="none">']
    for i, (label, stack) in enumerate(columns):
        y = float(height)
        for value, colour, title in stack:
            h = value / top * height
            if h <= 0:
                continue
            y -= h
            out.append(
                f'<rect x="{i * 12 + 1}" y="{y:.1f}" width="10" height="{h:.1f}" '
                f'fill="{colour}"><title>{_e(label)}: {_e(title)}</title></rect>'
            )
        if i % 10 == 0:
            out.append(f'<text x="{i * 12}" y="{height + 12}">{_e(label)}</text>')
    out.append("</svg>")
    return "".join(out)


def over_time(rolling: Rolling, now: float) -> str:
    """Requests per minute by outcome, and the hit rate and savings per minute."""
    last = int(now // 60)
    minutes = range(last - MINUTES_SHOWN + 1, last + 1)
    traffic, rate = [], []
    for minute in minutes:
        bucket = rolling.minutes.get(minute, {})
        label = time.strftime("%H:%M", time.localtime(minute * 60))
        traffic.append(
            (
                label,
                [
                    (bucket.get(o, 0), COLOURS[o], f"{bucket.get(o, 0)} {o}")
                    for o in ("hit", "miss", "bypass", "error")
                ],
            )
        )
        served = bucket.get("hit", 0) + bucket.get("miss", 0)
        share = bucket.get("hit", 0) / served if served else 0.0
        saved = (
            f"hit rate {share * 100:.1f} %, saved ${bucket.get('saved_usd', 0.0):.4f} "
            f"and {int(bucket.get('saved_tokens', 0))} tokens"
        )
        rate.append((label, [(share, COLOURS["hit"], saved)]))
    return (
        "<section><h2>Over time (last hour, per minute)</h2>"
        '<div class="legend">'
        + "".join(f'<span style="color:{c}">■ {o}</span> ' for o, c in COLOURS.items())
        + "</div><h3>Requests</h3>"
        + _bars(traffic)
        + "<h3>Hit rate and savings (hover a bar)</h3>"
        + _bars(rate, 80)
        + "</section>"
    )


def latency(rolling: Rolling) -> str:
    """The latency table: p50 / p90 / p99 ms by outcome, over the recent requests."""
    rows = "".join(
        f'<tr data-outcome="{_e(o)}"><td>{_e(o)}</td><td>{p["count"]}</td>'
        f"<td>{p['p50']:.2f}</td><td>{p['p90']:.2f}</td><td>{p['p99']:.2f}</td></tr>"
        for o, p in rolling.percentiles().items()
    )
    return (
        '<section><h2>Latency by outcome (ms, recent requests)</h2><table id="latency">'
        "<tr><th>outcome</th><th>requests</th><th>p50</th><th>p90</th><th>p99</th></tr>"
        f"{rows}</table></section>"
    )


def similarity(rolling: Rolling, threshold: float) -> str:
    """Hits and near misses (misses with a candidate) by the similarity of their nearest entry."""
    labels = ["< 0.50"] + [f"{edge:.2f}" for edge in SIMILARITY_EDGES[1:]]
    labels[-1] = "≥ 0.95" if len(labels) > 1 else labels[-1]
    head = "".join(f"<th>{_e(label)}</th>" for label in labels)
    rows = ""
    for kind in ("hit", "near-miss"):
        counts = rolling.similarity[kind]
        top = max(max(counts), 1)
        cells = "".join(
            f'<td><div class="bar {kind}" style="height:{round(40 * n / top)}px"></div>{n}</td>'
            for n in counts
        )
        rows += f'<tr data-kind="{kind}"><th>{kind}</th>{cells}</tr>'
    return (
        "<section><h2>Similarity of hits and near misses</h2>"
        f"<p>Bins start at the value shown; the threshold (min_similarity) is {threshold:.2f}. "
        "A near miss is a miss whose nearest entry was below the threshold or rejected.</p>"
        f'<table id="similarity" class="hist"><tr><th></th>{head}</tr>{rows}</table></section>'
    )


def recent(rolling: Rolling, limit: int = 50) -> str:
    """The table of the latest ``limit`` requests, newest first."""
    rows = []
    for r in list(rolling.recent)[::-1][:limit]:
        sim = f"{r.similarity:.4f}" if r.similarity is not None else "-"
        action = ""
        if r.outcome == "hit" and r.entry_id:
            action = f'<button class="wrong" data-entry="{_e(r.entry_id)}">mark wrong</button>'
        rows.append(
            f'<tr class="{_e(r.outcome)}" data-entry="{_e(r.entry_id or "")}">'
            f"<td>{_e(time.strftime('%H:%M:%S', time.localtime(r.at)))}</td>"
            f"<td>{_e(r.api)}</td><td>{_e(r.outcome)}</td><td>{_e(r.reason or '')}</td>"
            f"<td>{sim}</td><td>{r.timings.get('total', 0.0):.1f}</td>"
            f'<td class="prompt">{_e(r.prompt or "")}</td><td>{action}</td></tr>'
        )
    return (
        '<section><h2>Recent requests</h2><table id="recent"><tr><th>time</th><th>API</th>'
        "<th>outcome</th><th>reason</th><th>similarity</th><th>ms</th><th>prompt</th><th></th>"
        f"</tr>{''.join(rows)}</table></section>"
    )


def top_entries(entries: list[Any], now: float) -> str:
    """The table of the most served entries (hits, prompt, namespace, model, age)."""
    rows = "".join(
        f'<tr data-entry="{_e(e.id)}"><td>{e.hits}</td><td class="prompt">{_e(e.prompt[:120])}'
        f"</td><td>{_e(e.namespace)}</td><td>{_e((e.metadata or {}).get('model', ''))}</td>"
        f"<td>{e.age_s(now):.0f}</td><td><code>{_e(e.id)}</code></td>"
        f'<td><button class="invalidate" data-entry="{_e(e.id)}">invalidate</button></td></tr>'
        for e in entries
    )
    return (
        '<section><h2>Top entries</h2><table id="top"><tr><th>hits</th><th>prompt</th>'
        "<th>namespace</th><th>model</th><th>age s</th><th>id</th><th></th></tr>"
        f"{rows}</table></section>"
    )


def render(data: dict[str, Any]) -> str:
    """The whole page. ``data``: gateway, cache, rolling, top, threshold, csrf."""
    now = time.time()
    body = "".join(
        [
            summary(data["gateway"], data["cache"]),
            over_time(data["rolling"], now),
            latency(data["rolling"]),
            similarity(data["rolling"], data["threshold"]),
            recent(data["rolling"]),
            top_entries(data["top"], now),
        ]
    )
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        "<title>yamabiko dashboard</title>"
        f'<meta name="yamabiko-csrf" content="{_e(data["csrf"])}">'
        f"<style>{_asset('dashboard.css')}</style></head><body>"
        '<header><h1>yamabiko 山彦</h1><span id="status" role="status"></span>'
        '<label><input type="checkbox" id="auto"> refresh every 5 s</label>'
        '<form method="post" action="/yamabiko/ui/logout"><button>sign out</button></form>'
        f"</header><main>{body}</main><script>{_asset('dashboard.js')}</script></body></html>"
    )


def login(message: str = "") -> str:
    """The sign-in form (the admin token is exchanged for a session cookie)."""
    note = f'<p class="error" id="login-error">{_e(message)}</p>' if message else ""
    return (
        '<!doctype html><html lang="en"><head><meta charset="utf-8"><link rel="icon" href="data:,">'
        f"<title>yamabiko dashboard: sign in</title><style>{_asset('dashboard.css')}</style>"
        '</head><body><main class="login"><h1>yamabiko dashboard</h1>'
        f'{note}<form method="post" action="/yamabiko/ui/login">'
        '<label>admin token <input type="password" name="token" id="token" autofocus></label> '
        '<button type="submit" id="sign-in">sign in</button></form></main></body></html>'
    )
