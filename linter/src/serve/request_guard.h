#pragma once
// Who may talk to `gklint serve`: requests addressed to the server by a name it answers
// to (Host) and, when the browser says where a request comes from (Origin), coming from
// the server's own page. A page of another site — or one that rebinds its DNS name to
// 127.0.0.1 — is refused, so it can neither read the page's answers nor post to it.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace gklint::serve {

class RequestGuard {
public:
    // `names`: the host names the server answers to (127.0.0.1, localhost, [::1], a --listen
    // address); `any_address`: it listens on every interface (0.0.0.0), so any IP literal is
    // a name of it (DNS rebinding needs a host name, never an IP literal).
    RequestGuard(std::vector<std::string> names, int port, bool any_address = false);

    // Empty when the request may go on, otherwise why it is refused.
    std::optional<std::string> refuse(std::string_view host, std::optional<std::string_view> origin) const;

private:
    bool known(const std::string& authority) const;

    std::vector<std::string> authorities_;  // "127.0.0.1:8412", …
    std::string port_suffix_;               // ":8412"
    bool any_address_;
};

}  // namespace gklint::serve
