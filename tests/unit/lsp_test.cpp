// The language server's pieces: Content-Length framing, position encodings
// (UTF-8 / UTF-16 / UTF-32 columns with 𠀀 and emoji), incremental edits,
// JSON-RPC dispatch of malformed messages, URIs, debouncing.
#include <gtest/gtest.h>

#include <sstream>

#include "lsp/debouncer.h"
#include "lsp/dispatcher.h"
#include "lsp/document_store.h"
#include "lsp/framing.h"
#include "lsp/position_encoding.h"
#include "lsp/protocol.h"
#include "core/file_uri.h"

namespace gklint::lsp {
namespace {

using nlohmann::json;

// ---- framing ----

TEST(LspFraming, ReadsConsecutiveMessagesWithCrLfAndLfHeaders) {
    std::string body1 = R"({"a":"表"})", body2 = "{}";
    std::istringstream in(frame_message(body1) + "Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"
                          "content-length: 2\n\n" + body2);
    Frame f1 = read_frame(in);
    ASSERT_EQ(f1.status, FrameStatus::Message);
    EXPECT_EQ(f1.body, body1);  // Content-Length counts bytes, not characters
    Frame f2 = read_frame(in);
    ASSERT_EQ(f2.status, FrameStatus::Message);
    EXPECT_EQ(f2.body, body2);
    EXPECT_EQ(read_frame(in).status, FrameStatus::Eof);
}

TEST(LspFraming, FrameMessageCountsBytes) { EXPECT_EQ(frame_message("表"), "Content-Length: 3\r\n\r\n表"); }

TEST(LspFraming, BadHeadersAreReportedAndSkipped) {
    std::istringstream in("Content-Length: abc\r\n\r\n"
                          "Content-Type: text/plain\r\n\r\n"
                          "Content-Length: 2\r\n\r\n{}");
    Frame bad_number = read_frame(in);
    EXPECT_EQ(bad_number.status, FrameStatus::BadHeader);
    EXPECT_NE(bad_number.error.find("Content-Length"), std::string::npos);
    Frame missing = read_frame(in);
    EXPECT_EQ(missing.status, FrameStatus::BadHeader);
    EXPECT_NE(missing.error.find("missing"), std::string::npos);
    Frame good = read_frame(in);
    ASSERT_EQ(good.status, FrameStatus::Message);
    EXPECT_EQ(good.body, "{}");
}

TEST(LspFraming, OversizedBodyIsSkippedAndTruncatedInputIsEof) {
    std::istringstream big("Content-Length: 10\r\n\r\n0123456789Content-Length: 2\r\n\r\n{}");
    EXPECT_EQ(read_frame(big, 5).status, FrameStatus::BadHeader);
    Frame next = read_frame(big, 5);
    ASSERT_EQ(next.status, FrameStatus::Message);
    EXPECT_EQ(next.body, "{}");

    std::istringstream truncated("Content-Length: 10\r\n\r\n{}");
    EXPECT_EQ(read_frame(truncated).status, FrameStatus::Eof);
    std::istringstream negative("Content-Length: -1\r\n\r\n");
    EXPECT_EQ(read_frame(negative).status, FrameStatus::BadHeader);
}

// ---- position encodings ----

// 𠀀 (U+20000): 4 UTF-8 bytes, 2 UTF-16 units, 1 code point; 😀 likewise; 表: 3, 1, 1.
const std::string kLine = "a𠀀😀表x";

TEST(LspPositions, ColumnsInEachEncoding) {
    std::string text = "first\r\n" + kLine + "\nlast";
    std::size_t x = text.find('x');
    EXPECT_EQ(PositionMapper(text, PositionEncoding::Utf8).position(x), (LspPosition{1, 12}));
    EXPECT_EQ(PositionMapper(text, PositionEncoding::Utf16).position(x), (LspPosition{1, 6}));
    EXPECT_EQ(PositionMapper(text, PositionEncoding::Utf32).position(x), (LspPosition{1, 4}));
    for (auto enc : {PositionEncoding::Utf8, PositionEncoding::Utf16, PositionEncoding::Utf32}) {
        PositionMapper m(text, enc);
        EXPECT_EQ(m.offset(m.position(x)), x) << encoding_name(enc);
        EXPECT_EQ(m.position(text.size()), (LspPosition{2, 4}));
        EXPECT_EQ(m.offset({0, 0}), 0u);
    }
}

TEST(LspPositions, OutOfRangeAndSplitCharactersClamp) {
    std::string text = "first\r\n" + kLine + "\nlast";
    std::size_t line1 = 7, astral = line1 + 1;
    PositionMapper utf16(text, PositionEncoding::Utf16);
    EXPECT_EQ(utf16.offset({1, 2}), astral);           // inside 𠀀's surrogate pair: its start
    EXPECT_EQ(utf16.offset({1, 99}), text.find('\n', line1));  // past the line's end: the end
    EXPECT_EQ(utf16.offset({0, 99}), 5u);              // before \r\n
    EXPECT_EQ(utf16.offset({9, 0}), text.size());      // past the last line
    PositionMapper utf8(text, PositionEncoding::Utf8);
    EXPECT_EQ(utf8.offset({1, 3}), astral);             // inside 𠀀's UTF-8 bytes
    EXPECT_EQ(utf8.position(astral + 2), (LspPosition{1, 1}));
    EXPECT_EQ(utf8.position(6), (LspPosition{0, 5}));   // between \r and \n
    EXPECT_EQ(utf8.position(1000), (LspPosition{2, 4}));
}

TEST(LspPositions, LoneCarriageReturnEndsALine) {
    PositionMapper m("a\rb", PositionEncoding::Utf16);
    EXPECT_EQ(m.position(2), (LspPosition{1, 0}));
    EXPECT_EQ(m.offset({1, 1}), 3u);
}

TEST(LspPositions, NegotiationFollowsTheClientsOrder) {
    EXPECT_EQ(negotiate_encoding({}), PositionEncoding::Utf16);
    EXPECT_EQ(negotiate_encoding({"utf-32", "utf-16"}), PositionEncoding::Utf32);
    EXPECT_EQ(negotiate_encoding({"utf-8", "utf-32"}), PositionEncoding::Utf8);
    EXPECT_EQ(negotiate_encoding({"latin-1", "utf-16"}), PositionEncoding::Utf16);
    EXPECT_EQ(negotiate_encoding({"latin-1"}), PositionEncoding::Utf16);
}

// ---- incremental edits ----

TEST(LspDocumentStore, IncrementalEditsInEachEncoding) {
    struct Case {
        PositionEncoding encoding;
        std::size_t before_x;  // character of 'x' on line 1
    };
    for (Case c : {Case{PositionEncoding::Utf8, 12}, Case{PositionEncoding::Utf16, 6}, Case{PositionEncoding::Utf32, 4}}) {
        DocumentStore store;
        store.open("file:///r.txt", "head\n" + kLine + "\ntail", 1);
        // Replace 'x' with "第二十条", then insert at the start of line 1, then delete across a line break.
        ASSERT_TRUE(store.change("file:///r.txt", 2,
                                 {ContentChange{LspRange{{1, c.before_x}, {1, c.before_x + 1}}, "第二十条"},
                                  ContentChange{LspRange{{1, 0}, {1, 0}}, "〇"},
                                  ContentChange{LspRange{{0, 4}, {1, 0}}, ""}},
                                 c.encoding));
        const TextDocument* doc = store.find("file:///r.txt");
        ASSERT_NE(doc, nullptr);
        EXPECT_EQ(doc->text, "head〇a𠀀😀表第二十条\ntail") << encoding_name(c.encoding);
        EXPECT_EQ(doc->version, 2);
    }
}

TEST(LspDocumentStore, FullReplacementUnknownDocumentAndReversedRange) {
    DocumentStore store;
    EXPECT_FALSE(store.change("file:///none.txt", 1, {ContentChange{std::nullopt, "x"}}, PositionEncoding::Utf16));
    store.open("u", "abc", 1);
    store.change("u", 2, {ContentChange{std::nullopt, "新文本"}}, PositionEncoding::Utf16);
    EXPECT_EQ(store.find("u")->text, "新文本");
    std::string text = "abcdef";
    apply_change(text, ContentChange{LspRange{{0, 4}, {0, 2}}, "-"}, PositionEncoding::Utf16);  // end before start
    EXPECT_EQ(text, "abcd-ef");
    apply_change(text, ContentChange{LspRange{{5, 0}, {9, 9}}, "!"}, PositionEncoding::Utf16);  // past the end
    EXPECT_EQ(text, "abcd-ef!");
    store.close("u");
    EXPECT_EQ(store.find("u"), nullptr);
}

TEST(LspProtocol, RangesParseValidateAndTouch) {
    EXPECT_EQ(parse_range(json::parse(R"({"start":{"line":1,"character":2},"end":{"line":0,"character":0}})")),
              (LspRange{{0, 0}, {1, 2}}));
    EXPECT_THROW(parse_range(json::parse(R"({"start":{"line":-1,"character":0},"end":{"line":0,"character":0}})")), RpcError);
    EXPECT_THROW(parse_range(json::parse(R"({"start":{"line":"1","character":0}})")), RpcError);
    EXPECT_TRUE(ranges_touch({{1, 2}, {1, 5}}, {{1, 5}, {1, 5}}));
    EXPECT_FALSE(ranges_touch({{1, 2}, {1, 5}}, {{1, 6}, {1, 6}}));
}

// ---- JSON-RPC dispatch ----

class LspDispatcher : public ::testing::Test {
protected:
    void SetUp() override {
        d.on_request("echo", [](const json& p) { return json{{"got", string_param(p, "text")}}; });
        d.on_request("boom", [](const json&) -> json { throw std::runtime_error("kaput"); });
        d.on_notification("note", [this](const json& p) { notes.push_back(p); });
        d.set_logger([this](const std::string& m) { logs.push_back(m); });
    }
    static int code(const std::optional<json>& r) { return r ? r->at("error").at("code").get<int>() : 0; }

    Dispatcher d;
    std::vector<json> notes;
    std::vector<std::string> logs;
};

TEST_F(LspDispatcher, AnswersRequestsWithTheirId) {
    auto r = d.handle(R"({"jsonrpc":"2.0","id":"a1","method":"echo","params":{"text":"表"}})");
    ASSERT_TRUE(r);
    EXPECT_EQ((*r)["id"], "a1");
    EXPECT_EQ((*r)["result"]["got"], "表");
}

TEST_F(LspDispatcher, MalformedMessagesGetJsonRpcErrors) {
    EXPECT_EQ(code(d.handle("{not json")), rpc_error::kParseError);
    EXPECT_EQ(code(d.handle("")), rpc_error::kParseError);
    EXPECT_EQ(code(d.handle("[1,2]")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle("42")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"1.0","id":1,"method":"echo"})")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":{"x":1},"method":"echo"})")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":7})")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1})")), rpc_error::kInvalidRequest);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"nope"})")), rpc_error::kMethodNotFound);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"echo"})")), rpc_error::kInvalidParams);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"echo","params":{"text":3}})")), rpc_error::kInvalidParams);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"echo","params":"x"})")), rpc_error::kInvalidParams);
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"boom"})")), rpc_error::kInternalError);
    auto r = d.handle(R"({"jsonrpc":"2.0","id":7,"method":"nope"})");
    EXPECT_EQ((*r)["id"], 7);
}

TEST_F(LspDispatcher, NotificationsAreNeverAnswered) {
    EXPECT_FALSE(d.handle(R"({"jsonrpc":"2.0","method":"note","params":{"n":1}})"));
    EXPECT_FALSE(d.handle(R"({"jsonrpc":"2.0","method":"$/cancelRequest","params":{"id":1}})"));
    EXPECT_FALSE(d.handle(R"({"jsonrpc":"2.0","method":"note","params":5})"));  // bad params: logged only
    EXPECT_FALSE(d.handle(R"({"jsonrpc":"2.0","id":3,"result":null})"));      // a response: ignored
    EXPECT_EQ(notes.size(), 1u);
    EXPECT_EQ(logs.size(), 1u);
}

TEST_F(LspDispatcher, TheGateRefusesRequests) {
    d.set_gate([](const std::string& method, bool) {
        if (method != "initialize") throw RpcError(rpc_error::kServerNotInitialized, "not yet");
    });
    EXPECT_EQ(code(d.handle(R"({"jsonrpc":"2.0","id":1,"method":"echo","params":{"text":"a"}})")),
              rpc_error::kServerNotInitialized);
    EXPECT_FALSE(d.handle(R"({"jsonrpc":"2.0","method":"note"})"));
    EXPECT_TRUE(notes.empty());
}

// ---- URIs, debouncing ----

TEST(LspUri, FileUrisAndPaths) {
    EXPECT_EQ(uri_to_path("file:///tmp/%E6%8A%A5%E5%91%8A%20a.txt"), "/tmp/报告 a.txt");
    EXPECT_EQ(uri_to_path("file://localhost/tmp/a.txt"), "/tmp/a.txt");
    EXPECT_EQ(uri_to_path("file:///tmp/%zz"), "/tmp/%zz");
    EXPECT_FALSE(uri_to_path("untitled:Untitled-1"));
    EXPECT_FALSE(uri_to_path("file://server/share/a.txt"));
    EXPECT_FALSE(uri_to_path("file:///a%00b"));
    EXPECT_EQ(path_to_uri("/tmp/报告 a.txt"), "file:///tmp/%E6%8A%A5%E5%91%8A%20a.txt");
    EXPECT_EQ(uri_to_path(path_to_uri("/x/y z/表.md")), "/x/y z/表.md");
}

TEST(LspDebouncer, FiresOnceAfterTheLastTouch) {
    using namespace std::chrono_literals;
    Debouncer d(300ms);
    auto t0 = Debouncer::Clock::time_point{};
    d.touch("a", t0);
    d.touch("a", t0 + 200ms);
    EXPECT_TRUE(d.take_due(t0 + 400ms).empty());
    EXPECT_EQ(d.next_deadline(), t0 + 500ms);
    EXPECT_EQ(d.take_due(t0 + 500ms), std::vector<std::string>{"a"});
    EXPECT_FALSE(d.next_deadline());
    d.touch("b", t0);
    d.cancel("b");
    EXPECT_TRUE(d.take_due(t0 + 1s).empty());
}

}  // namespace
}  // namespace gklint::lsp
