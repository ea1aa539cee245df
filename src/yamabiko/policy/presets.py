"""The shipped policy rules: time-sensitive prompts live 5 minutes, questions about a user's own
records stay with that user, everything else keeps the cache's own settings."""

from __future__ import annotations

from collections.abc import Mapping

from .rules import Rule

#: Prompts about things that change: 5 minutes.
TIME_SENSITIVE = Rule(
    name="time_sensitive",
    prompt=(
        r"(?i)\b(?:now|today|tonight|tomorrow|yesterday|this (?:morning|afternoon|evening|week"
        r"|weekend|month|year)|latest|newest|current|currently|recent|recently|at the moment"
        r"|breaking|news|headlines?|prices?|pricing|stock prices?|exchange rates?|weather"
        r"|forecast|traffic|open right now|trending)\b"
        r"|今日|きょう|本日|今夜|今晩|明日|あした|昨日|きのう|今週|今月|今年|最新|現在|今の|今は"
        r"|最近|直近|速報|ニュース|価格|値段|株価|為替|相場|天気|天候|気温|予報|営業中"
    ),
    ttl=300,
)

#: Questions about the asker's own records: only that user, 5 minutes; not cached at all
#: when the request carries no user identity (scope "user" without a user bypasses).
USER_SPECIFIC = Rule(
    name="user_specific",
    prompt=(
        r"(?i)\b(?:my|our)\s+(?:own\s+|current\s+|last\s+|latest\s+|recent\s+)?"
        r"(?:account|order|orders|balance|bill|bills|billing|invoice|invoices|booking|bookings"
        r"|reservation|reservations|appointment|appointments|subscription|profile|payment"
        r"|payments|transaction|transactions|refund|delivery|parcel|shipment|statement"
        r"|points|ticket|tickets|claim|loan|salary|payslip|schedule|calendar|inbox)\b"
        r"|(?:私|わたし|僕|ぼく|俺|自分|当方)(?:の|が)?(?:注文|口座|残高|請求|予約|契約|アカウント"
        r"|支払|引き落とし|ポイント|明細|配送|荷物|スケジュール|予定|給与|給料|ローン|チケット)"
    ),
    scope="user",
    ttl=300,
)

#: Everything else: cached with the cache's own settings (default TTL 1 hour).
GENERIC = Rule(name="generic")

#: The shipped presets by name, in the order they are applied.
#: ``user_specific`` comes first: isolation matters more than a short TTL ("my order today").
PRESETS: Mapping[str, Rule] = {
    "user_specific": USER_SPECIFIC,
    "time_sensitive": TIME_SENSITIVE,
}
