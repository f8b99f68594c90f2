#ifndef FESTDOC_CMARK_THREADS_H
#define FESTDOC_CMARK_THREADS_H
#include <cmark-gfm.h>

/// Whether cmark-gfm's table of special inline characters is held for every parser at once (see
/// cmark_threads.c): 1 once a parse has gone through festdoc's own
/// `cmark_manage_extensions_special_characters`, 0 when the library called its own (parsers must then
/// take turns).
int festdoc_cmark_characters_held(void);

/// An allocator for cmark-gfm's tree, one per thread: allocations are taken from large blocks side by
/// side and let go all at once by `festdoc_cmark_thread_arena_reset`.
cmark_mem *festdoc_cmark_thread_arena(void);

/// Lets go of everything the calling thread's arena holds: its blocks, zeroed, wait in a pool for the
/// next parse.
void festdoc_cmark_thread_arena_reset(void);

/// Gives the pooled blocks back to the system, once a build's parsing is done.
void festdoc_cmark_arena_release(void);

#endif
