/* renderer.c — which SDL renderer draws the window, and why.
 * On a machine without a real GPU, SDL's OpenGL renderer runs on a software rasteriser
 * (Mesa's llvmpipe): ~100 MB and ~100 ms just to start, and slower per frame than SDL's
 * own software renderer writing straight to the window. So AUTO picks software there and
 * keeps the accelerated renderer wherever the GPU is real.
 */
#include "gfx/gfx_internal.h"

#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

bool gfx_parse_renderer(const char *text, GfxRendererChoice *out) {
  if (!text) return false;
  if (strcmp(text, "auto") == 0) *out = GFX_RENDERER_AUTO;
  else if (strcmp(text, "software") == 0) *out = GFX_RENDERER_SOFTWARE;
  else if (strcmp(text, "accelerated") == 0) *out = GFX_RENDERER_ACCELERATED;
  else return false;
  return true;
}

/* On Linux a GPU shows up as /dev/dri/card* or renderD*; without one, Mesa can only offer
 * llvmpipe. Other systems (and SDL drivers other than X11/Wayland) are not judged here. */
static bool linux_has_no_gpu_device(void) {
#ifdef __linux__
  const char *driver = SDL_GetCurrentVideoDriver();
  if (!driver || (strcmp(driver, "x11") != 0 && strcmp(driver, "wayland") != 0)) return false;
  DIR *d = opendir("/dev/dri");
  if (!d) return true;
  bool found = false;
  for (struct dirent *e; !found && (e = readdir(d)) != NULL;)
    found = strncmp(e->d_name, "card", 4) == 0 || strncmp(e->d_name, "renderD", 7) == 0;
  closedir(d);
  return !found;
#else
  return false;
#endif
}

/* The GL_RENDERER string of an OpenGL renderer's context ("" when not OpenGL). SDL makes
 * the context current when it creates the renderer, so glGetString can be asked directly. */
static void gl_renderer_name(SDL_Renderer *r, char *out, size_t outlen) {
  out[0] = '\0';
  SDL_RendererInfo info;
  if (SDL_GetRendererInfo(r, &info) != 0 || strncmp(info.name, "opengl", 6) != 0) return;
  typedef const unsigned char *(*GetStringFn)(unsigned int);
  void *sym = SDL_GL_GetProcAddress("glGetString");
  if (!sym) return;
  GetStringFn get_string;
  memcpy(&get_string, &sym, sizeof get_string); /* object -> function pointer, pedantic-clean */
  const unsigned char *name = get_string(0x1F01 /* GL_RENDERER */);
  if (name) snprintf(out, outlen, "%s", (const char *)name);
}

static bool is_software_rasteriser(const char *gl_name) {
  static const char *const SOFT[] = {"llvmpipe", "softpipe", "swrast", "software rasterizer", "lavapipe", "swiftshader"};
  char lower[256];
  size_t n = 0;
  for (; gl_name[n] && n < sizeof lower - 1; n++) lower[n] = (char)(gl_name[n] >= 'A' && gl_name[n] <= 'Z' ? gl_name[n] + 32 : gl_name[n]);
  lower[n] = '\0';
  for (size_t i = 0; i < sizeof SOFT / sizeof SOFT[0]; i++)
    if (strstr(lower, SOFT[i])) return true;
  return false;
}

static SDL_Renderer *create_software(SDL_Window *w) {
  /* Straight to the window's own framebuffer (XShm on X11), not through a GL texture. */
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  return SDL_CreateRenderer(w, -1, SDL_RENDERER_SOFTWARE | SDL_RENDERER_TARGETTEXTURE);
}

bool gfx_open_window_renderer(Gfx *g, const GfxConfig *config, char *err, size_t errlen) {
  GfxRendererChoice choice = config->renderer;
  const char *why = "";
  if (choice != GFX_RENDERER_AUTO)
    why = config->renderer_from_env       ? "chosen by RAPPORT_RENDERER"
          : config->renderer_from_setting ? "chosen in Settings"
                                          : "chosen by --renderer";
  if (choice == GFX_RENDERER_AUTO) {
    if (config->gl_forced_software) {
      choice = GFX_RENDERER_SOFTWARE;
      why = "LIBGL_ALWAYS_SOFTWARE is set";
    } else if (linux_has_no_gpu_device()) {
      choice = GFX_RENDERER_SOFTWARE;
      why = "no GPU device in /dev/dri";
    }
  }
  char gl_name[256] = "";
  if (choice != GFX_RENDERER_SOFTWARE) {
    Uint32 flags = SDL_RENDERER_ACCELERATED | SDL_RENDERER_TARGETTEXTURE | (config->vsync ? SDL_RENDERER_PRESENTVSYNC : 0);
    g->renderer = SDL_CreateRenderer(g->window, -1, flags);
    if (g->renderer) {
      gl_renderer_name(g->renderer, gl_name, sizeof gl_name);
      if (choice == GFX_RENDERER_AUTO && gl_name[0] && is_software_rasteriser(gl_name)) {
        SDL_DestroyRenderer(g->renderer);
        g->renderer = NULL;
        why = "OpenGL is only a software rasteriser";
      } else if (!*why) {
        why = "a real GPU";
      }
    } else if (!*why || choice == GFX_RENDERER_AUTO) {
      why = "no accelerated renderer";
    }
  }
  if (!g->renderer) {
    g->renderer = create_software(g->window);
    g->software = g->renderer != NULL;
  }
  if (!g->renderer) {
    snprintf(err, errlen, "cannot open a window renderer: %s", SDL_GetError());
    return false;
  }
  SDL_RendererInfo info;
  SDL_GetRendererInfo(g->renderer, &info);
  g->software = strcmp(info.name, "software") == 0;
  snprintf(g->renderer_summary, sizeof g->renderer_summary, "%.32s (%.64s%s%.80s)", info.name, why,
           gl_name[0] ? "; OpenGL: " : "", gl_name);
  return true;
}

const char *gfx_renderer_summary(const Gfx *g) { return g->renderer_summary; }
bool gfx_renderer_is_software(const Gfx *g) { return g->software; }
