# tools/rename-widgets.sed — the front screens' and after-event screens' widgets
# (game/front.h, game/after.h) became the one kit in engine/ui/widgets.h (issue 11 item 4).
# Call sites pass the app's UiCtx instead of the GameApp. Applied by tools/rename-symbols.sh.
s/\<front_\(header_bottom\|button_height\|footer_top\|text_height\|text\|toggle_height\|toggle\|chip_width\|chip_height\|chip\|fit\|scroll_bar\)(app\>/ui_\1(\&app->ui/g
s/\<after_\(tabs_layout\|tabs_draw\|buttons_layout\|buttons_draw\|view_update\|view_begin\|view_end\)(app\>/ui_\1(\&app->ui/g
s/\<after_text_h(app\>/ui_text_height(\&app->ui/g
s/\<front_\(scroll_follow\|scroll_update\|clicked\)(/ui_\1(/g
s/\<after_\(tabs_update\|buttons_init\|buttons_update\)(/ui_\1(/g
s/\<FrontScroll\>/UiScroll/g
s/\<AfterTabs\>/UiTabs/g
s/\<AfterButtons\>/UiButtonRow/g
s/\<AfterView\>/UiView/g
s/\<AFTER_TABS_MAX\>/UI_TABS_MAX/g
s/\<AFTER_BUTTONS_MAX\>/UI_BUTTONS_MAX/g
/^#include "game\/front\.h"$/d
