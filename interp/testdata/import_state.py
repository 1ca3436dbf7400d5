# Checks module state shared between importers: mutations through one are seen by all.
import impmod_state
import impmod_user

print(impmod_state.count, impmod_state.log)
print(impmod_user.use())
print(impmod_state.count, impmod_state.log)
impmod_state.count = 100
impmod_state.log.append("main")
print(impmod_user.use())
print(impmod_user.impmod_state is impmod_state)
print(impmod_state.log)
impmod_state.new_attr = "added by main"
print(impmod_user.impmod_state.new_attr)
