# Self-voicing (issue 17): the end-to-end run on SDL's disk audio driver with espeak-ng
# (check_voice.py), every focus change and line said, R repeating. No LSan suppression is
# needed: espeak-ng frees everything at espeak_ng_Terminate, and speech.c never calls
# libspeechd's spd_open2 without a daemon's socket (its failure path leaks a string).
find_program(RAPPORT_PYTHON3 python3)
if(NOT RAPPORT_PYTHON3)
  message(FATAL_ERROR "python3 not found: the self-voicing test needs it. Install it with: sudo apt-get install python3")
endif()
add_test(NAME voice.talk
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_voice.py $<TARGET_FILE:rapport>
    ${CMAKE_CURRENT_LIST_DIR}/voice_talk.replay ${CMAKE_BINARY_DIR}/voice-e2e)
set_tests_properties(voice.talk PROPERTIES LABELS "e2e;voice" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

# No sound device and no speech service (an SDL audio driver that does not exist): the game
# says once that nothing can be read aloud and goes on (tests/voice/no_audio.replay).
set(voice_no_audio_env ${RAPPORT_TEST_ENV})
list(FILTER voice_no_audio_env EXCLUDE REGEX "^SDL_AUDIODRIVER=")
list(APPEND voice_no_audio_env "SDL_AUDIODRIVER=nosuchdriver")
add_test(NAME voice.no_audio
  COMMAND ${CMAKE_COMMAND}
    -DRAPPORT=$<TARGET_FILE:rapport> -DREPLAY=${CMAKE_CURRENT_LIST_DIR}/no_audio.replay
    -DSHOTS=${CMAKE_BINARY_DIR}/screenshots/voice_no_audio
    -DSAVE=${CMAKE_BINARY_DIR}/e2e-saves/voice_no_audio.db
    "-DARGS=--voice-backend espeak"
    -P ${RAPPORT_TEST_SUPPORT}/run_replay.cmake)
set_tests_properties(voice.no_audio PROPERTIES LABELS "e2e;voice"
  ENVIRONMENT "${voice_no_audio_env}")

# espeak-ng off the main thread (engine/gfx/speech.c's worker): say returns at once, stop
# cancels the utterance in progress and the queue, rate reaches the worker, close joins it
# mid-synthesis. On the disk audio driver, so it needs no sound card. It prints the time
# the calling thread spends on a long line (the figures for docs/accessibility.md).
add_executable(test_voice_speech ${CMAKE_CURRENT_LIST_DIR}/test_voice_speech.c)
target_link_libraries(test_voice_speech PRIVATE rapport_gfx PkgConfig::CMOCKA)
add_test(NAME voice.speech_thread COMMAND test_voice_speech)
set(voice_disk_env ${RAPPORT_TEST_ENV})
list(FILTER voice_disk_env EXCLUDE REGEX "^SDL_AUDIODRIVER=")
list(APPEND voice_disk_env "SDL_AUDIODRIVER=disk" "SDL_DISKAUDIOFILE=${CMAKE_BINARY_DIR}/voice-speech-thread.s16")
set_tests_properties(voice.speech_thread PROPERTIES LABELS "unit;voice" ENVIRONMENT "${voice_disk_env}")

# The mixer floor voiced (engine/game/floor_say.c): arriving, the place, a group in reach,
# the join overlay, the pause menu, a rest in the quiet corner (tests/voice/voice_floor.replay).
add_test(NAME voice.floor
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_voice.py $<TARGET_FILE:rapport>
    ${CMAKE_CURRENT_LIST_DIR}/voice_floor.replay ${CMAKE_BINARY_DIR}/voice-floor-e2e)
set_tests_properties(voice.floor PROPERTIES LABELS "e2e;voice" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

# A live speech-dispatcher (check_speechd.py): a private daemon on its own socket, audio to
# ALSA's null device, the floor replay spoken through it; its log shows every SPEAK, the
# CANCELs of interrupts, the rate and volume set, and its espeak-ng module finishing speech.
# speech-dispatcher and speech-dispatcher-espeak-ng come from tools/ensure-deps.sh.
add_test(NAME voice.speechd
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_speechd.py $<TARGET_FILE:rapport>
    ${CMAKE_CURRENT_LIST_DIR}/voice_floor.replay ${CMAKE_BINARY_DIR}/voice-speechd)
set_tests_properties(voice.speechd PROPERTIES LABELS "e2e;voice" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")

# The voice speaks the interface language (engine/game/voice.c gives the backend the
# catalogue's language; engine/gfx/speech.c's worker selects that espeak-ng voice): the
# title menu said in English by an English voice and, with --language es, in Spanish by the
# Spanish one (check_voice_language.py reads the voice each utterance was said with).
add_test(NAME voice.language
  COMMAND ${RAPPORT_PYTHON3} ${CMAKE_CURRENT_LIST_DIR}/check_voice_language.py $<TARGET_FILE:rapport>
    ${CMAKE_CURRENT_LIST_DIR}/voice_language.replay ${CMAKE_BINARY_DIR}/voice-language)
set_tests_properties(voice.language PROPERTIES LABELS "e2e;voice" TIMEOUT 600
  ENVIRONMENT "${RAPPORT_TEST_ENV}")
