#pragma once
// The LSP base protocol: messages framed by a "Content-Length: N" header block
// (headers end with an empty line, lines end with \r\n; a lone \n is accepted).
#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace gklint::lsp {

enum class FrameStatus {
    Message,    // `body` holds one message's content
    BadHeader,  // `error` says what was wrong; the header block was skipped
    Eof,        // the input ended (possibly inside a message)
};

struct Frame {
    FrameStatus status = FrameStatus::Eof;
    std::string body;
    std::string error;
};

// Reads the next frame. A header block without a usable Content-Length, or one
// announcing more than `max_body` bytes (whose body is then skipped), is a BadHeader.
Frame read_frame(std::istream& in, std::size_t max_body = 64u << 20);

// "Content-Length: N\r\n\r\n" followed by `body`.
std::string frame_message(std::string_view body);

}  // namespace gklint::lsp
