#pragma once
// The pages of a PDF as the helper process (gklint-pdf-words) writes them to its parent:
// 'K' then the pages, or 'E' then the reason the PDF cannot be read. Same machine, same
// build: plain native-endian fields.
#include <string>
#include <string_view>
#include <vector>

#include "read/pdf/pdf_words.h"

namespace gklint::office {

std::string encode_pages(const std::vector<pdf::Page>& pages);
std::string encode_error(std::string_view message);
// Throws InputError with the helper's reason ('E') or for a damaged message.
std::vector<pdf::Page> decode_pages(std::string_view wire);

}  // namespace gklint::office
