# tools/rename-symbols.sed — exported symbols given their module's prefix (issue 11 item 4;
# checked by the symbols.module_prefixes test). Applied by tools/rename-symbols.sh.
s/\<after_\(look\|name\|fact_to_you\|days_words\|event_phrase\|tier_label\)\>/game_after_\1/g
s/\<floor_\(draw_hud\|draw_overlay\|draw_people\|draw_room\|intention_label\|layout\|tag_leader\|to_px_x\|to_px_y\)\>/game_floor_\1/g
s/\<conv_\(boolean\|check_keys\|edit_distance\|error\|fact_at\|field\|id_ok\|integer\|list\|node_index\|nodes\|number\|string\|string_at\|where\)\>/scr_conv_\1/g
