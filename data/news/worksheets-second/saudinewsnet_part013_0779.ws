# saudinewsnet_part013_0779 (second pass, third3)
@P2
PER | أم أحمد | p2_ummahmad
PER | سعدا | p2_saad1
PER | محمد | p2_mohammed1
PER | سعد | p2_saad2
PER | أبي سعد | p2_abusaad
PER | محمد | p2_mohammed2
