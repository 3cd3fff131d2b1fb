#include "serve/request_guard.h"

#include <algorithm>
#include <cctype>

namespace gklint::serve {
namespace {

std::string lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

bool ip_literal(std::string_view host) {
    if (host.size() > 2 && host.front() == '[' && host.back() == ']') return true;  // IPv6
    return !host.empty() && std::all_of(host.begin(), host.end(), [](char c) { return c == '.' || std::isdigit(static_cast<unsigned char>(c)); });
}

}  // namespace

RequestGuard::RequestGuard(std::vector<std::string> names, int port, bool any_address)
    : port_suffix_(":" + std::to_string(port)), any_address_(any_address) {
    for (const auto& name : names) authorities_.push_back(lower(name) + port_suffix_);
}

bool RequestGuard::known(const std::string& authority) const {
    if (std::find(authorities_.begin(), authorities_.end(), authority) != authorities_.end()) return true;
    return any_address_ && authority.ends_with(port_suffix_) &&
           ip_literal(std::string_view(authority).substr(0, authority.size() - port_suffix_.size()));
}

std::optional<std::string> RequestGuard::refuse(std::string_view host, std::optional<std::string_view> origin) const {
    std::string authority = lower(host);
    if (!known(authority)) return "unknown Host '" + std::string(host) + "'";
    if (origin && lower(*origin) != "http://" + authority) return "foreign Origin '" + std::string(*origin) + "'";
    return std::nullopt;
}

}  // namespace gklint::serve
