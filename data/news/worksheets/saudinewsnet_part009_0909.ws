# saudinewsnet_part009_0909 (annotator39)
@P2
PER | أحمد زويل | p2_zewail1
PER | أحمد المسلماني | p2_muslimani1
PER | نجيب محفوظ | p2_mahfouz1
LOC | النيل | p2_nile
PER | المسلماني | p2_muslimani2
PER | زويل | p2_zewail2
PER | نجيب محفوظ | p2_mahfouz2
PER | زويل | p2_zewail3
PER | زويل | p2_zewail4
REL | MEET | p2_muslimani2 | p2_mahfouz2

@P3
PER | نجيب محفوظ | p3_mahfouz
PER | زويل | p3_zewail
NORP | الغربيون | p3_western
NORP | لاتينية | p3_latin
