# saudinewsnet_part015_0800 (annotator46)
@P1
PER | مايا دياب | p1_maya
PER | هيفاء وهبي | p1_haifa

@P2
# song titles "غمرني وشد - كلمة", "غمرني وشد", "كلمة" have no type
NORP | اللبنانية | p2_lebanese
PER | مايا دياب | p2_maya1
PER | هيفاء وهبي | p2_haifa1
PER | مايا | p2_maya2
PER | هيفاء وهبي | p2_haifa2
PER | مايا دياب | p2_maya3
GPE | بيروت | p2_beirut

@P3
PER | مايا | p3_maya

@P4
PER | مايا | p4_maya
PER | إنجي جمال | p4_engy

@P5
# "حفلات الصيف" is generic; the album title "my maya" has no type
PER | مايا | p5_maya1
EVENT | مهرجان جرش | p5_jerash1
PER | مايا | p5_maya2
PER | نانسي عجرم | p5_nancy
EVENT | مهرجان جرش | p5_jerash2
PER | نجوى كرم | p5_najwa
PER | إليسا | p5_elissa
PER | كاظم الساهر | p5_kazem
