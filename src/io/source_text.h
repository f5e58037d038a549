#pragma once

#include "io/text_encoding.h"

#include <cstddef>
#include <string>
#include <string_view>

namespace rapport::io {

/**
 * A file's bytes mapped into memory (never copied when they are UTF-8 already) and its text as UTF-8.
 * Legacy code pages and UTF-16 are converted once into a buffer.
 */
class SourceText {
public:
    /** Throws ImportError naming the file when it cannot be opened or read. */
    explicit SourceText(const std::string& path);
    ~SourceText();
    SourceText(const SourceText&) = delete;
    SourceText& operator=(const SourceText&) = delete;

    [[nodiscard]] std::string_view bytes() const { return {m_data, m_size}; }

    /** Decodes with the given encoding (or the detected one); the result stays valid while this object lives. */
    std::string_view utf8(const EncodingGuess& encoding);

    /**
     * Lets the memory of the mapped file before `position` (a pointer into utf8()'s text) go, for a reader that
     * has passed it: a large file then never takes its whole size of memory at once. The text stays readable
     * (the pages come back from the file if touched). Nothing happens for converted text.
     */
    void releaseBefore(const char* position);

private:
    std::string m_path;
    const char* m_data = nullptr;
    std::size_t m_size = 0;
    bool m_mapped = false;
    std::string m_converted;
};

} // namespace rapport::io
