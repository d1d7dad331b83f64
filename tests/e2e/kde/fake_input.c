/* Presses keys and the pointer on a KDE Plasma test desktop through KWin's fake-input protocol
   (org_kde_kwin_fake_input), which KWin offers only to an executable named by a .desktop file
   with X-KDE-Wayland-Interfaces=org_kde_kwin_fake_input. Built by tests/e2e/kde/fakeinput.py.

   usage: fake_input COMMAND...   where each COMMAND is one of
     move X Y     put the pointer at (X, Y) in screen pixels
     click        press and release the left button where the pointer is
     menu-click   the same with the right button (which opens context menus)
     key CODE     press and release the key with this evdev code (KEY_A is 30)
     down CODE    press the key and hold it (a modifier, for a shortcut)
     up CODE      release a held key
   Exits 0 once KWin has received every event, 2 if the protocol is not offered. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <wayland-client.h>
#include "fake-input-client.h"

#define BTN_LEFT 0x110
#define BTN_RIGHT 0x111
/* Gaps a person leaves: QML buttons react to a hover before a press, and a key held for no
   time at all can be lost between KWin's key repeat and focus bookkeeping. */
#define HOVER_MS 150
#define HOLD_MS 40

static struct org_kde_kwin_fake_input *fake;

static void on_global(void *data, struct wl_registry *registry, uint32_t name,
                      const char *interface, uint32_t version) {
  (void)data;
  if (strcmp(interface, org_kde_kwin_fake_input_interface.name) == 0)
    fake = wl_registry_bind(registry, name, &org_kde_kwin_fake_input_interface,
                            version < 4 ? version : 4);
}

static void on_global_remove(void *data, struct wl_registry *registry, uint32_t name) {
  (void)data; (void)registry; (void)name;
}

static const struct wl_registry_listener registry_listener = {on_global, on_global_remove};

static void pause_ms(struct wl_display *display, long ms) {
  struct timespec gap = {ms / 1000, (ms % 1000) * 1000000L};
  wl_display_roundtrip(display); /* KWin has handled what was sent before the pause */
  nanosleep(&gap, NULL);
}

static int run(struct wl_display *display, int argc, char **argv) {
  for (int i = 1; i < argc; i++) {
    if (strcmp(argv[i], "move") == 0 && i + 2 < argc) {
      wl_fixed_t x = wl_fixed_from_int(atoi(argv[i + 1])), y = wl_fixed_from_int(atoi(argv[i + 2]));
      org_kde_kwin_fake_input_pointer_motion_absolute(fake, x, y);
      pause_ms(display, HOVER_MS);
      i += 2;
    } else if (strcmp(argv[i], "click") == 0 || strcmp(argv[i], "menu-click") == 0) {
      uint32_t button = strcmp(argv[i], "click") == 0 ? BTN_LEFT : BTN_RIGHT;
      org_kde_kwin_fake_input_button(fake, button, WL_POINTER_BUTTON_STATE_PRESSED);
      pause_ms(display, HOLD_MS);
      org_kde_kwin_fake_input_button(fake, button, WL_POINTER_BUTTON_STATE_RELEASED);
      pause_ms(display, HOLD_MS);
    } else if (strcmp(argv[i], "key") == 0 && i + 1 < argc) {
      int code = atoi(argv[++i]);
      org_kde_kwin_fake_input_keyboard_key(fake, code, WL_KEYBOARD_KEY_STATE_PRESSED);
      pause_ms(display, HOLD_MS);
      org_kde_kwin_fake_input_keyboard_key(fake, code, WL_KEYBOARD_KEY_STATE_RELEASED);
      pause_ms(display, HOLD_MS);
    } else if ((strcmp(argv[i], "down") == 0 || strcmp(argv[i], "up") == 0) && i + 1 < argc) {
      int pressed = strcmp(argv[i], "down") == 0;
      org_kde_kwin_fake_input_keyboard_key(fake, atoi(argv[++i]), pressed
          ? WL_KEYBOARD_KEY_STATE_PRESSED : WL_KEYBOARD_KEY_STATE_RELEASED);
      pause_ms(display, HOLD_MS);
    } else {
      fprintf(stderr, "fake_input: cannot read command '%s'\n", argv[i]);
      return 1;
    }
  }
  return wl_display_roundtrip(display) < 0 ? 2 : 0;
}

int main(int argc, char **argv) {
  struct wl_display *display = wl_display_connect(NULL);
  if (display == NULL) {
    fprintf(stderr, "fake_input: cannot connect to the Wayland display\n");
    return 2;
  }
  struct wl_registry *registry = wl_display_get_registry(display);
  wl_registry_add_listener(registry, &registry_listener, NULL);
  wl_display_roundtrip(display);
  if (fake == NULL) {
    fprintf(stderr, "fake_input: KWin offers no org_kde_kwin_fake_input to this program\n");
    return 2;
  }
  org_kde_kwin_fake_input_authenticate(fake, "spasmguard tests", "press buttons in e2e tests");
  int status = run(display, argc, argv);
  wl_display_disconnect(display);
  return status;
}
