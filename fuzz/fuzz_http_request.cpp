// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's incremental HTTP/1.1 request reader. The same bytes are fed twice: all at once, and
// cut into pieces the fuzzer chooses (as TCP may deliver them). Both readings must give the same
// requests, bodies and errors; a body is never longer than Content-Length says.
#include "fuzzcheck.h"
#include "httprequestparser.h"

#include <fuzzer/FuzzedDataProvider.h>

namespace {

struct Reading
{
    HttpRequestParser::State state = HttpRequestParser::State::Head;
    int errorStatus = 0;
    QByteArray method;
    QByteArray target;
    QList<HttpHeader> headers;
    QByteArray body;
    bool operator==(const Reading &o) const
    {
        if (headers.size() != o.headers.size())
            return false;
        for (qsizetype i = 0; i < headers.size(); ++i) {
            if (headers[i].name != o.headers[i].name || headers[i].value != o.headers[i].value)
                return false;
        }
        return state == o.state && errorStatus == o.errorStatus && method == o.method && target == o.target
            && body == o.body;
    }
};

Reading snapshot(const HttpRequestParser &p, const QByteArray &body)
{
    Reading r;
    r.state = p.state();
    r.errorStatus = p.errorStatus();
    if (p.state() != HttpRequestParser::State::Head) {
        r.method = p.method();
        r.target = p.target();
        r.headers = p.headers();
    }
    r.body = body;
    return r;
}

// Feeds the pieces in order as SandboxConnection does; one Reading per request, plus the last
// (unfinished or failed) one.
QList<Reading> read(const QList<QByteArray> &pieces)
{
    HttpRequestParser parser;
    QByteArray input;
    QByteArray body;
    QList<Reading> out;
    for (const QByteArray &piece : pieces) {
        input += piece;
        while (true) {
            QByteArray bytes;
            const HttpRequestParser::State state = parser.feed(input, &bytes);
            body += bytes;
            if (state == HttpRequestParser::State::Error) {
                // 0: a TLS handshake, closed without an answer.
                FUZZ_CHECK(parser.errorStatus() == 400 || parser.errorStatus() == 431
                    || parser.errorStatus() == 501
                    || (parser.errorStatus() == 0 && input.startsWith("\x16\x03")));
                out.append(snapshot(parser, body));
                return out;
            }
            if (state != HttpRequestParser::State::Complete)
                break;
            if (!parser.isChunked())
                FUZZ_CHECK(body.size() == parser.contentLength());
            FUZZ_CHECK(!parser.method().isEmpty() && !parser.target().isEmpty());
            out.append(snapshot(parser, body));
            parser.reset();
            body.clear();
            if (input.isEmpty())
                break;
        }
    }
    if (!parser.isChunked() && parser.state() == HttpRequestParser::State::Body)
        FUZZ_CHECK(body.size() < parser.contentLength());
    out.append(snapshot(parser, body));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char *data, size_t size)
{
    FuzzedDataProvider in(data, size);
    QList<int> cuts;
    const int count = in.ConsumeIntegralInRange<int>(0, 16);
    for (int i = 0; i < count; ++i)
        cuts.append(in.ConsumeIntegralInRange<int>(1, 512));
    const std::vector<char> rest = in.ConsumeRemainingBytes<char>();
    const QByteArray stream(rest.data(), qsizetype(rest.size()));

    QList<QByteArray> pieces;
    qsizetype at = 0;
    for (const int cut : cuts) {
        if (at >= stream.size())
            break;
        pieces.append(stream.mid(at, cut));
        at += cut;
    }
    if (at < stream.size())
        pieces.append(stream.mid(at));

    const QList<Reading> whole = read({stream});
    const QList<Reading> cut = read(pieces);
    FUZZ_CHECK(whole.size() == cut.size());
    for (qsizetype i = 0; i < whole.size(); ++i)
        FUZZ_CHECK(whole[i] == cut[i]);
    return 0;
}
