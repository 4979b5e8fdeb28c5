// SPDX-License-Identifier: GPL-3.0-or-later
#include "faultschedule.h"

#include <algorithm>
#include <random>

namespace {

// The fault mix, in per mille of the faulted requests.
struct Kind
{
    int weight;
    const char *json;
};
constexpr Kind kKinds[] = {
    {220, R"("action":"reset")"},
    {120, R"("action":"resetAfterBody","bytes":1000)"},
    {120, R"("action":"shortBody")"},
    {100, R"("action":"corrupt")"},
    {180, R"("action":"error","status":503,"code":"SlowDown")"},
    {120, R"("action":"error","status":500,"code":"InternalError")"},
    {60, R"("action":"completeError","code":"InternalError")"},
    {80, R"("action":"delay","ms":400)"},
};

} // namespace

FaultSchedule::FaultSchedule(quint64 seed, double rate, int horizon)
{
    std::mt19937_64 random(seed);
    std::bernoulli_distribution faulted(rate);
    int total = 0;
    for (const Kind &k : kKinds)
        total += k.weight;
    std::uniform_int_distribution<int> pick(0, total - 1);
    for (int n = 1; n <= horizon; ++n) {
        if (!faulted(random))
            continue;
        int p = pick(random);
        const Kind *kind = kKinds;
        while (p >= kind->weight) {
            p -= kind->weight;
            ++kind;
        }
        m_rules.append({n, QByteArray(kind->json)});
    }
}

QByteArray FaultSchedule::toJson() const
{
    QByteArray out = "{\"rules\": [\n";
    for (int i = 0; i < m_rules.size(); ++i) {
        out += "  {\"nth\":" + QByteArray::number(m_rules[i].nth) + "," + m_rules[i].json + "}";
        out += i + 1 < m_rules.size() ? ",\n" : "\n";
    }
    return out + "]}\n";
}

int FaultSchedule::faultsUpTo(int requests) const
{
    return int(std::upper_bound(m_rules.begin(), m_rules.end(), requests, [](int r, const Rule &rule) {
        return r < rule.nth;
    }) - m_rules.begin());
}
