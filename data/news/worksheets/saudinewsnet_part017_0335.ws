# saudinewsnet_part017_0335 (annotator46)
@P1
PER | سلطان بن سلمان | p1_sultan
PER | مسعد | p1_massad
# support to "أسرة الحرفي مسعد" (the family, not named) gives no SUPPORTS

@P2
ORG | الهيئة العامة للسياحة والتراث الوطني | p2_scth
ORG | اللجنة الاشرافية لبرنامج بارع | p2_committee
PER | سلطان بن سلمان بن عبدالعزيز | p2_sultan
GPE | نجران | p2_najran
PER | محمد حسين مسعد | p2_massad
# "منذ نحو شهرين" is a duration
REL | ROLE | p2_sultan | p2_scth
REL | ROLE | p2_sultan | p2_committee

@P3
PER | محمد حسين مسعد | p3_massad
PER | سلطان بن سلمان | p3_sultan
# "والده الفقيد واسرته حظيوا بالدعم السخي من سموه": the late father (Massad) received support from the prince
REL | SUPPORTS | p3_sultan | p3_massad

@P5
PER | محمد حسين مسعد | p5_massad
ORG | البرنامج الوطني للحرف والصناعات اليدوية | p5_program
ORG | بارع | p5_bare
EVENT | سوق عكاظ | p5_okaz
EVENT | ملتقى السفر والاستثمار السياحي | p5_forum
GPE | الرياض | p5_riyadh
EVENT | مهرجان صيف نجران | p5_najranfest
EVENT | مهرجان كلنا نحب التراث | p5_heritagefest
GPE | نجران | p5_najran
