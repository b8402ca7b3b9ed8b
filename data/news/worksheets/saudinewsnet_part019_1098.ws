# saudinewsnet_part019_1098 (annotator32)
@P1
PER | ابن مانع | p1_benmane
PER | الشهراني | p1_shahrani
EVENT | مهرجان حفر الباطن | p1_festival

@P2
EVENT | مهرجان عيد وصيف حفر الباطن | p2_festival
PER | سعيد بن مانع | p2_benmane
PER | فهد الشهراني | p2_shahrani

@P5
PER | مقبل غربي العنزي | p5_anazi
