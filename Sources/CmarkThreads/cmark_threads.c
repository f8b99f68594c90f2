// cmark-gfm (0.29) keeps the characters its inline extensions react to ('~' for strikethrough, ':' and
// 'w' for autolinks) in one process-wide table. Every parser sets its extensions' characters as it starts
// its inline pass and clears them as it ends it, so a second parser at work on another thread loses its
// strikethrough and autolinks from that moment. festdoc attaches the same extensions to every parser, so
// the table can be set and left set: this definition takes the library's place (its own call goes
// through the PLT), sets the characters of every extension it has not seen before and never clears
// them. `festdoc_cmark_characters_held` tells the parser whether it did, so that with a library that
// calls its own copy directly documents are parsed one at a time, as before.
#define _GNU_SOURCE
#include "CmarkThreads.h"

#include <cmark-gfm-extension_api.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stdatomic.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>

typedef void (*manage_characters)(cmark_parser *, int);

enum { seen_capacity = 32 };
static atomic_int characters_held;
static pthread_mutex_t characters_lock = PTHREAD_MUTEX_INITIALIZER;
// The extensions whose characters are set, written under the lock; `seen_count` is read without it.
static void *seen[seen_capacity];
static atomic_int seen_count;

static int is_seen(void *extension, int count) {
  for (int index = 0; index < count; index++) {
    if (seen[index] == extension) return 1;
  }
  return 0;
}

static int all_seen(cmark_parser *parser) {
  int count = atomic_load_explicit(&seen_count, memory_order_acquire);
  for (cmark_llist *item = cmark_parser_get_syntax_extensions(parser); item; item = item->next) {
    if (!is_seen(item->data, count)) return 0;
  }
  return 1;
}

void cmark_manage_extensions_special_characters(cmark_parser *parser, int add) {
  if (!add || all_seen(parser)) return;
  pthread_mutex_lock(&characters_lock);
  // The library's own copy, next after this executable; it sets every inline extension's characters.
  manage_characters library = (manage_characters)dlsym(RTLD_NEXT, __func__);
  if (library) {
    library(parser, 1);
    int count = atomic_load_explicit(&seen_count, memory_order_relaxed);
    for (cmark_llist *item = cmark_parser_get_syntax_extensions(parser); item; item = item->next) {
      if (!is_seen(item->data, count) && count < seen_capacity) seen[count++] = item->data;
    }
    atomic_store_explicit(&seen_count, count, memory_order_release);
    atomic_store_explicit(&characters_held, 1, memory_order_release);
  }
  pthread_mutex_unlock(&characters_lock);
}

int festdoc_cmark_characters_held(void) {
  return atomic_load_explicit(&characters_held, memory_order_acquire);
}

// The thread's arena: large blocks mapped from the system, each allocation preceded by its size so that
// realloc can copy it. Nothing is freed one at a time; cmark-gfm's own arena works the same way but is
// one for the whole process. The blocks are mapped rather than taken from malloc, which would keep what
// a worker thread frees in that thread's own heap, out of reach of the rest of the build. A parse's
// blocks go back to a pool, zeroed, for the next parse on any thread: mapping and unmapping them for
// every part of a long text cost page faults and, with two threads, TLB shootdowns. Pages cost nothing
// until touched, so a block is large and a parse rarely needs a second.
typedef struct arena_block {
  struct arena_block *previous;
  size_t capacity;
  size_t used;
  size_t padding;
  unsigned char bytes[];
} arena_block;

enum { arena_alignment = 16, arena_header = 16 };
static const size_t arena_block_size = 256 * 1024 * 1024;
static const size_t arena_small_block = 4 * 1024 * 1024;

static _Thread_local arena_block *arena_current;
static arena_block *arena_pool;
static pthread_mutex_t arena_pool_lock = PTHREAD_MUTEX_INITIALIZER;

static arena_block *arena_block_for(size_t needed) {
  pthread_mutex_lock(&arena_pool_lock);
  arena_block **link = &arena_pool;
  while (*link && (*link)->capacity < needed) link = &(*link)->previous;
  arena_block *pooled = *link;
  if (pooled) *link = pooled->previous;
  pthread_mutex_unlock(&arena_pool_lock);
  if (pooled) return pooled;
  // A system that commits memory strictly may refuse the large block: then a small one, or one as
  // large as the allocation.
  size_t sizes[] = {arena_block_size - sizeof(arena_block), arena_small_block - sizeof(arena_block)};
  for (int attempt = 0; attempt < 2; attempt++) {
    size_t capacity = sizes[attempt] < needed ? needed : sizes[attempt];
    void *mapped = mmap(NULL, sizeof(arena_block) + capacity, PROT_READ | PROT_WRITE,
                        MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (mapped == MAP_FAILED) continue;
    arena_block *fresh = mapped;
    fresh->capacity = capacity;
    return fresh;
  }
  abort();  // as cmark-gfm's own allocators do when memory runs out
}

static void *arena_take(size_t size) {
  if (size > SIZE_MAX / 2) abort();
  size_t needed = (arena_header + size + arena_alignment - 1) & ~(size_t)(arena_alignment - 1);
  arena_block *block = arena_current;
  if (!block || block->capacity - block->used < needed) {
    arena_block *fresh = arena_block_for(needed);
    fresh->previous = block;
    fresh->used = 0;
    arena_current = block = fresh;
  }
  unsigned char *start = block->bytes + block->used;
  block->used += needed;
  *(size_t *)start = size;
  return start + arena_header;
}

static void *arena_calloc(size_t count, size_t size) {
  if (size && count > SIZE_MAX / size) abort();
  return arena_take(count * size);  // blocks come zeroed: mapped, or zeroed when given back
}

static void *arena_realloc(void *pointer, size_t size) {
  if (!pointer) return arena_take(size);
  size_t old = *(size_t *)((unsigned char *)pointer - arena_header);
  if (size <= old) return pointer;
  void *moved = arena_take(size);
  memcpy(moved, pointer, old);
  return moved;
}

static void arena_free(void *pointer) { (void)pointer; }

static cmark_mem thread_arena = {arena_calloc, arena_realloc, arena_free};

cmark_mem *festdoc_cmark_thread_arena(void) { return &thread_arena; }

void festdoc_cmark_thread_arena_reset(void) {
  while (arena_current) {
    arena_block *block = arena_current;
    arena_current = block->previous;
    memset(block->bytes, 0, block->used);
    block->used = 0;
    pthread_mutex_lock(&arena_pool_lock);
    block->previous = arena_pool;
    arena_pool = block;
    pthread_mutex_unlock(&arena_pool_lock);
  }
}

void festdoc_cmark_arena_release(void) {
  pthread_mutex_lock(&arena_pool_lock);
  while (arena_pool) {
    arena_block *block = arena_pool;
    arena_pool = block->previous;
    munmap(block, sizeof(arena_block) + block->capacity);
  }
  pthread_mutex_unlock(&arena_pool_lock);
}
